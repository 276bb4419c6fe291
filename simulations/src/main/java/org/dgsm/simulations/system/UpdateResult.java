package org.dgsm.simulations.system;

/** How a location update episode (one trigger, up to the configured attempts) ended. */
public enum UpdateResult {
    SUCCESS,
    FAILED,
    /** The phone moved on, or a newer update started, before this one ended. */
    ABANDONED
}
