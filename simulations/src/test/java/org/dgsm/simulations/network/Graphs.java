package org.dgsm.simulations.network;

/** Small graphs for the network tests. */
final class Graphs {

    private Graphs() {
    }

    /** Villages 0-1-2-...-(n-1) in a line, every link with {@code spec}. */
    static Topology line(int n, LinkSpec spec) {
        Topology.Builder builder = Topology.builder(n);
        for (int v = 0; v + 1 < n; v++) {
            builder.link(v, v + 1, spec);
        }
        return builder.build();
    }

    static LinkSpec clean(long delayMillis) {
        return new LinkSpec(0, delayMillis, 0, 0, 0, 0);
    }
}
