package org.dgsm.simulations.metrics;

/** Attempts and successes of one kind of thing. */
public final class SuccessCounter {

    private long attempts;
    private long successes;

    public void record(boolean success) {
        attempts++;
        if (success) {
            successes++;
        }
    }

    public long attempts() {
        return attempts;
    }

    public long successes() {
        return successes;
    }

    /** successes / attempts, or NaN without attempts. */
    public double ratio() {
        return attempts == 0 ? Double.NaN : (double) successes / attempts;
    }
}
