package org.dgsm.simulations.system;

import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.SimSubscriber;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A way of running the villages' cores that the simulator compares: D-GSM (driving the production cores) or a
 * baseline. The simulator tells it where phones camp and asks it where subscribers are; it judges the answers
 * against the ground truth itself.
 */
public interface CellularSystem extends AutoCloseable {

    String name();

    /** Provisions subscribers and starts timers; called once at the scenario's start. */
    void start();

    /**
     * The phone of {@code subscriber}, camped at {@code village}, does a location update there; {@code done} hears
     * how the episode ended (once).
     */
    void locationUpdate(SimSubscriber subscriber, int village, CampReason reason, Consumer<UpdateResult> done);

    /** Looks up {@code service} of {@code target}'s MSISDN from {@code fromVillage}; {@code done} is called once. */
    void locate(int fromVillage, Service service, SimSubscriber target, Consumer<Located> done);

    /** Whether {@code village}'s MSC has the subscriber registered (its last location update there succeeded). */
    boolean isRegisteredAt(SimSubscriber subscriber, int village);

    /** System-specific counters for the results, in a stable order. */
    Map<String, Long> counters();

    @Override
    void close();
}
