package org.dgsm.simulations.metrics;

/** How a call setup ended. */
public enum CallOutcome {
    CONNECTED("connected"),
    /** The lookup found nobody. */
    NOT_FOUND("notFound"),
    /** The lookup pointed at a village where the callee's phone is not. */
    WRONG_VILLAGE("wrongVillage"),
    /** Right village, but the phone is not registered there (its location update failed). */
    NOT_REGISTERED("notRegistered"),
    /** Right village, but no INVITE got through (path down or too lossy). */
    UNREACHABLE("unreachable");

    private final String key;

    CallOutcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
