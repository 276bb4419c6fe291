package org.dgsm.simulations.network;

/**
 * A village cut off from everyone (its uplinks are down, e.g. a solar-powered relay out at night); its own phones
 * and core keep working. From {@code startMillis} for {@code durationMillis}.
 */
public record Outage(int village, long startMillis, long durationMillis) {

    public Outage {
        if (village < 0 || startMillis < 0 || durationMillis <= 0) {
            throw new IllegalArgumentException("an outage needs a village, a start ≥ 0 and a positive duration");
        }
    }
}
