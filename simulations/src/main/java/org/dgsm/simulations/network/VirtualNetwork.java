package org.dgsm.simulations.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state of the village graph over time: which links are up, and the fewest-hop paths over the links that are.
 * Causes that take links down (flaps, partitions, outages) call {@link #takeDown} and {@link #bringUp}; listeners
 * hear about every change of the graph (e.g. to break GSUP connections whose path is gone).
 */
public final class VirtualNetwork {

    /** Told after the set of up links changed. */
    @FunctionalInterface
    public interface TopologyListener {
        void topologyChanged();
    }

    private final Topology topology;
    private final RoutingTree[] trees;
    private final long[] treeVersions;
    private final List<TopologyListener> listeners = new ArrayList<>();
    private long version;

    public VirtualNetwork(Topology topology) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.trees = new RoutingTree[topology.villageCount()];
        this.treeVersions = new long[topology.villageCount()];
        java.util.Arrays.fill(treeVersions, -1);
    }

    public Topology topology() {
        return topology;
    }

    public int villageCount() {
        return topology.villageCount();
    }

    public void addListener(TopologyListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Adds a cause holding {@code linkId} down. */
    public void takeDown(int linkId) {
        if (topology.link(linkId).addDownCause()) {
            changed();
        }
    }

    /** Removes one cause holding {@code linkId} down; it is up again when no cause is left. */
    public void bringUp(int linkId) {
        if (topology.link(linkId).removeDownCause()) {
            changed();
        }
    }

    public boolean isUp(int linkId) {
        return topology.link(linkId).isUp();
    }

    /** The paths from {@code source} over the links up now. */
    public RoutingTree treeFrom(int source) {
        if (treeVersions[source] != version) {
            trees[source] = RoutingTree.build(topology, source);
            treeVersions[source] = version;
        }
        return trees[source];
    }

    public boolean reachable(int from, int to) {
        return from == to || treeFrom(from).reaches(to);
    }

    /** Ids of the links from {@code from} to {@code to}, in travel order; empty when equal; null when unreachable. */
    public int[] path(int from, int to) {
        RoutingTree tree = treeFrom(from);
        if (!tree.reaches(to)) {
            return null;
        }
        int[] links = new int[tree.hops(to)];
        int village = to;
        for (int i = links.length - 1; i >= 0; i--) {
            links[i] = tree.parentLink(village);
            village = tree.parent(village);
        }
        return links;
    }

    /** Incremented by every change of the up links. */
    public long version() {
        return version;
    }

    private void changed() {
        version++;
        for (TopologyListener listener : List.copyOf(listeners)) {
            listener.topologyChanged();
        }
    }
}
