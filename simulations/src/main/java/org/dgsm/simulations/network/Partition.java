package org.dgsm.simulations.network;

import java.util.Arrays;

/**
 * A scheduled partition: from {@code startMillis} for {@code durationMillis} every link whose two villages are in
 * different groups is down. {@code groupOf[v]} names the group of village v; villages not listed in the scenario
 * share one implicit group.
 */
public record Partition(long startMillis, long durationMillis, int[] groupOf) {

    public Partition {
        if (startMillis < 0 || durationMillis <= 0) {
            throw new IllegalArgumentException("a partition needs a start ≥ 0 and a positive duration");
        }
        groupOf = groupOf.clone();
    }

    public boolean cuts(Link link) {
        return groupOf[link.a()] != groupOf[link.b()];
    }

    @Override
    public int[] groupOf() {
        return groupOf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && p.startMillis == startMillis && p.durationMillis == durationMillis
                && Arrays.equals(p.groupOf, groupOf);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(startMillis) * 31 + Arrays.hashCode(groupOf);
    }
}
