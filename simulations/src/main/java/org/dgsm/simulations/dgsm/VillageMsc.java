package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.simulations.engine.Simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A modelled MSC/VLR — the GSUP client side that osmo-msc plays in a real village. It sends a CS Update Location
 * Request (with the CN-domain IE, as the proxy needs), answers Insert Subscriber Data and Location Cancellation, and
 * keeps the set of subscribers whose last location update here succeeded (its VLR). Authentication (SAI) is not
 * modelled: it changes no location state.
 */
final class VillageMsc {

    private final Simulator simulator;
    private final long timeoutMillis;
    private final Consumer<GsupMessage> toHlr;
    private final Set<String> registered = new HashSet<>();
    private final Map<String, Procedure> running = new HashMap<>();
    private long updatesSent;
    private long timeouts;
    private long rejects;
    private long cancellations;

    /** @param toHlr hands a message to the village's HLR (as this MSC's GSUP connection) */
    VillageMsc(Simulator simulator, long timeoutMillis, Consumer<GsupMessage> toHlr) {
        this.simulator = simulator;
        this.timeoutMillis = timeoutMillis;
        this.toHlr = toHlr;
    }

    /**
     * One location update attempt; {@code done} hears whether it succeeded. An attempt for a subscriber whose
     * update is already running here joins it.
     */
    void locationUpdate(String imsi, Consumer<Boolean> done) {
        Procedure procedure = running.get(imsi);
        if (procedure != null) {
            procedure.waiters.add(done);
            return;
        }
        Procedure started = new Procedure();
        started.waiters.add(done);
        running.put(imsi, started);
        updatesSent++;
        toHlr.accept(GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, imsi)
                .cnDomain(GsupMessage.CN_DOMAIN_CS)
                .build());
        simulator.after(timeoutMillis, () -> {
            if (running.get(imsi) == started) {
                timeouts++;
                finish(imsi, false);
            }
        });
    }

    void onGsup(GsupMessage message) {
        String imsi = message.imsi();
        switch (message.type()) {
            case INSERT_DATA_REQUEST -> toHlr.accept(GsupReplies.result(message).build());
            case UPDATE_LOCATION_RESULT -> {
                if (running.containsKey(imsi)) {
                    finish(imsi, true);
                }
            }
            case UPDATE_LOCATION_ERROR -> {
                if (running.containsKey(imsi)) {
                    rejects++;
                    finish(imsi, false);
                }
            }
            case LOCATION_CANCEL_REQUEST -> {
                cancellations++;
                registered.remove(imsi);
                toHlr.accept(GsupReplies.result(message).build());
            }
            default -> {
                // other answers change nothing in this model
            }
        }
    }

    private void finish(String imsi, boolean success) {
        Procedure procedure = running.remove(imsi);
        if (success) {
            registered.add(imsi);
        } else {
            registered.remove(imsi);
        }
        for (Consumer<Boolean> waiter : procedure.waiters) {
            waiter.accept(success);
        }
    }

    boolean isRegistered(String imsi) {
        return registered.contains(imsi);
    }

    long updatesSent() {
        return updatesSent;
    }

    long timeouts() {
        return timeouts;
    }

    long rejects() {
        return rejects;
    }

    long cancellations() {
        return cancellations;
    }

    private static final class Procedure {
        final List<Consumer<Boolean>> waiters = new ArrayList<>(1);
    }
}
