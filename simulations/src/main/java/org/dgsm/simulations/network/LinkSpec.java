package org.dgsm.simulations.network;

/**
 * How one link between two villages behaves, the same in both directions.
 *
 * @param loss        probability that a packet crossing the link is lost, 0..1
 * @param delayMillis one-way propagation and queueing delay
 * @param jitterMillis extra delay drawn uniformly from 0..jitter per packet and link (reorders packets)
 * @param duplicate   probability that a packet arrives twice, 0..1
 * @param mtbfHours   mean time between flaps (exponential); 0 for a link that never flaps by itself
 * @param mttrMinutes mean time a flap keeps the link down (exponential)
 */
public record LinkSpec(double loss, long delayMillis, long jitterMillis, double duplicate, double mtbfHours,
                       double mttrMinutes) {

    public LinkSpec {
        requireProbability("loss", loss);
        requireProbability("duplicate", duplicate);
        if (delayMillis < 0 || jitterMillis < 0) {
            throw new IllegalArgumentException("delay and jitter must not be negative");
        }
        if (!(mtbfHours >= 0) || !(mttrMinutes >= 0)) {
            throw new IllegalArgumentException("mtbf and mttr must not be negative");
        }
    }

    public boolean flaps() {
        return mtbfHours > 0 && mttrMinutes > 0;
    }

    public LinkSpec withLoss(double value) {
        return new LinkSpec(value, delayMillis, jitterMillis, duplicate, mtbfHours, mttrMinutes);
    }

    private static void requireProbability(String what, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(what + " must be 0..1, got " + p);
        }
    }
}
