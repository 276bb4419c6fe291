package org.dgsm.simulations.world;

/** Why a phone does a location update. */
public enum CampReason {
    /** Switched on at the start of the simulation. */
    INITIAL,
    /** Moved into another village's cell. */
    MOVE,
    /** T3212 expired: periodic location update in the same cell. */
    PERIODIC
}
