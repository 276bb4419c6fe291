package org.dgsm.simulations.network;

import java.util.Arrays;

/**
 * The paths from one village to every village it reaches over links that are up: a breadth-first (fewest hops)
 * tree, neighbours visited in ascending order, as a bridged layer-2 mesh forwards multicast along one spanning tree.
 */
public final class RoutingTree {

    private final int source;
    private final int[] parent;
    private final int[] parentLink;
    private final int[] depth;
    private final int[] order;

    private RoutingTree(int source, int[] parent, int[] parentLink, int[] depth, int[] order) {
        this.source = source;
        this.parent = parent;
        this.parentLink = parentLink;
        this.depth = depth;
        this.order = order;
    }

    static RoutingTree build(Topology topology, int source) {
        int n = topology.villageCount();
        int[] parent = new int[n];
        int[] parentLink = new int[n];
        int[] depth = new int[n];
        Arrays.fill(parent, -1);
        Arrays.fill(parentLink, -1);
        Arrays.fill(depth, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        depth[source] = 0;
        while (head < tail) {
            int village = queue[head++];
            for (int linkId : topology.linksOf(village)) {
                Link link = topology.link(linkId);
                int next = link.other(village);
                if (link.isUp() && depth[next] < 0) {
                    depth[next] = depth[village] + 1;
                    parent[next] = village;
                    parentLink[next] = linkId;
                    queue[tail++] = next;
                }
            }
        }
        return new RoutingTree(source, parent, parentLink, depth, Arrays.copyOf(queue, tail));
    }

    public int source() {
        return source;
    }

    public boolean reaches(int village) {
        return depth[village] >= 0;
    }

    /** Hops from the source, or -1 when unreachable. */
    public int hops(int village) {
        return depth[village];
    }

    /** The village one hop closer to the source, or -1 for the source and unreachable villages. */
    public int parent(int village) {
        return parent[village];
    }

    /** The link from {@link #parent(int)} to {@code village}, or -1. */
    public int parentLink(int village) {
        return parentLink[village];
    }

    /** The reached villages, source first, each after its parent. */
    public int[] order() {
        return order;
    }
}
