package org.dgsm.simulations.world;

/** What happens in the world that the systems under test must handle. */
public interface WorldListener {

    /** The phone of {@code subscriber} does a location update at {@code village} (where it is camped now). */
    void onLocationUpdate(SimSubscriber subscriber, int village, CampReason reason);

    /** {@code caller} dials {@code callee}'s MSISDN. */
    void onCall(SimSubscriber caller, SimSubscriber callee);

    /** {@code sender} sends an SMS to {@code recipient}'s MSISDN. */
    void onSms(SimSubscriber sender, SimSubscriber recipient);
}
