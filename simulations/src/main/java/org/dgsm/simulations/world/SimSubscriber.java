package org.dgsm.simulations.world;

/**
 * A subscriber of the simulated world: identity, home village, how it moves, and the ground truth of where its
 * phone is camped right now (which the systems under test must find).
 */
public final class SimSubscriber {

    private final int index;
    private final String imsi;
    private final String msisdn;
    private final int home;
    private final MobilityKind mobility;
    private final int away;
    private int camped;
    private long periodicToken;

    SimSubscriber(int index, String imsi, String msisdn, int home, MobilityKind mobility, int away) {
        this.index = index;
        this.imsi = imsi;
        this.msisdn = msisdn;
        this.home = home;
        this.mobility = mobility;
        this.away = away;
        this.camped = home;
    }

    public int index() {
        return index;
    }

    public String imsi() {
        return imsi;
    }

    public String msisdn() {
        return msisdn;
    }

    public int home() {
        return home;
    }

    public MobilityKind mobility() {
        return mobility;
    }

    /** The village a commuter works in or an edge phone flips to; -1 for the others. */
    public int away() {
        return away;
    }

    /** The village whose cell the phone is camped on now. */
    public int camped() {
        return camped;
    }

    void campAt(int village) {
        camped = village;
    }

    long nextPeriodicToken() {
        return ++periodicToken;
    }

    long periodicToken() {
        return periodicToken;
    }

    @Override
    public String toString() {
        return "subscriber " + imsi + " (" + msisdn + ", home " + home + ", " + mobility.key() + ")";
    }
}
