package org.dgsm.simulations.world;

/** How a subscriber moves during the day. */
public enum MobilityKind {
    /** Stays in the home village. */
    STATIC("static"),
    /** Occasional trips to a neighbouring village, then back home. */
    HOME_BASED("homeBased"),
    /** Every day to a fixed neighbouring village and back. */
    COMMUTER("commuter"),
    /** On the edge of two cells, re-selecting the other one every few minutes. */
    EDGE("edge");

    private final String key;

    MobilityKind(String key) {
        this.key = key;
    }

    /** The name used in scenario files and results. */
    public String key() {
        return key;
    }
}
