package org.dgsm.simulations.service;

import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.metrics.CallOutcome;
import org.dgsm.simulations.metrics.SystemMetrics;
import org.dgsm.simulations.network.UnicastTransport;
import org.dgsm.simulations.scenario.SmsRetrySpec;
import org.dgsm.simulations.system.CellularSystem;
import org.dgsm.simulations.system.Located;
import org.dgsm.simulations.system.Service;
import org.dgsm.simulations.system.UpdateResult;
import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.SimSubscriber;
import org.dgsm.simulations.world.WorldListener;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Connects the world to one system and judges the outcome against the ground truth.
 *
 * <p><b>Calls</b> (modelled PBX): the caller's village looks up {@code sip.voice} of the callee's MSISDN; the call
 * is set up when the answer names the village where the callee's phone is camped at that moment, the phone is
 * registered there, and a SIP INVITE transaction (UDP, retransmitted up to timer B) gets through to that village.
 *
 * <p><b>SMS</b> (modelled store-and-forward handler): the SMS waits in the sender's village; each attempt looks up
 * {@code smpp.sms}, hands the SMS over TCP to the village found, which delivers it if the recipient's phone is
 * camped and registered there; otherwise the attempt failed and is retried after the backoff of
 * {@link SmsRetrySpec} until the SMS expires.
 */
public final class SystemHarness implements WorldListener {

    private static final long HOUR = 3_600_000L;

    private final CellularSystem system;
    private final Simulator simulator;
    private final UnicastTransport transport;
    private final SmsRetrySpec retry;
    private final SplittableRandom retryRandom;
    private final long origin;
    private final SystemMetrics metrics;

    public SystemHarness(CellularSystem system, Simulator simulator, UnicastTransport transport, SmsRetrySpec retry,
                         SplittableRandom retryRandom, SystemMetrics metrics) {
        this.system = Objects.requireNonNull(system, "system");
        this.simulator = simulator;
        this.transport = transport;
        this.retry = retry;
        this.retryRandom = retryRandom;
        this.origin = simulator.now();
        this.metrics = metrics;
    }

    public CellularSystem system() {
        return system;
    }

    public SystemMetrics metrics() {
        return metrics;
    }

    @Override
    public void onLocationUpdate(SimSubscriber subscriber, int village, CampReason reason) {
        boolean atHome = village == subscriber.home();
        boolean homeReachable = atHome || transport.reachable(village, subscriber.home());
        system.locationUpdate(subscriber, village, reason, result -> {
            if (result == UpdateResult.ABANDONED) {
                metrics.recordAbandonedUpdate();
            } else if (atHome) {
                metrics.recordHomeUpdate(result == UpdateResult.SUCCESS);
            } else {
                metrics.recordRoamingUpdate(homeReachable, result == UpdateResult.SUCCESS);
            }
        });
    }

    @Override
    public void onCall(SimSubscriber caller, SimSubscriber callee) {
        int from = caller.camped();
        int hour = (int) ((simulator.now() - origin) / HOUR);
        system.locate(from, Service.VOICE, callee, located -> judgeCall(from, callee, hour, located));
    }

    private void judgeCall(int from, SimSubscriber callee, int hour, Located located) {
        CallOutcome outcome;
        long setup = 0;
        if (!located.found()) {
            outcome = CallOutcome.NOT_FOUND;
        } else if (located.village() != callee.camped()) {
            outcome = CallOutcome.WRONG_VILLAGE;
        } else if (!system.isRegisteredAt(callee, located.village())) {
            outcome = CallOutcome.NOT_REGISTERED;
        } else {
            long invite = transport.sipInvite(from, located.village());
            if (invite == UnicastTransport.FAILED) {
                outcome = CallOutcome.UNREACHABLE;
            } else {
                outcome = CallOutcome.CONNECTED;
                setup = located.latencyMillis() + invite;
            }
        }
        metrics.recordCall(outcome, callee.mobility(), hour, located.latencyMillis(), located.answerMillis(), setup);
    }

    @Override
    public void onSms(SimSubscriber sender, SimSubscriber recipient) {
        metrics.recordSmsSubmitted();
        new QueuedSms(sender.camped(), recipient, simulator.now()).attempt(1);
    }

    /** One SMS in the sender village's store-and-forward queue. */
    private final class QueuedSms {
        private final int queuedAt;
        private final SimSubscriber recipient;
        private final long submittedAt;

        QueuedSms(int queuedAt, SimSubscriber recipient, long submittedAt) {
            this.queuedAt = queuedAt;
            this.recipient = recipient;
            this.submittedAt = submittedAt;
        }

        void attempt(int n) {
            system.locate(queuedAt, Service.SMS, recipient, located -> {
                metrics.recordSmsAttempt(located.latencyMillis());
                if (located.found()) {
                    int target = located.village();
                    long handOver = transport.reliableDelay(queuedAt, target);
                    if (handOver != UnicastTransport.FAILED) {
                        simulator.after(handOver, () -> {
                            if (recipient.camped() == target && system.isRegisteredAt(recipient, target)) {
                                metrics.recordSmsDelivered(simulator.now() - submittedAt);
                            } else {
                                retryLater(n);
                            }
                        });
                        return;
                    }
                }
                retryLater(n);
            });
        }

        private void retryLater(int failures) {
            long delay = retry.delayMillis(failures, retryRandom.nextDouble());
            if (simulator.now() + delay > submittedAt + Math.round(retry.expiryHours() * HOUR)) {
                metrics.recordSmsExpired();
                return;
            }
            simulator.after(delay, () -> attempt(failures + 1));
        }
    }
}
