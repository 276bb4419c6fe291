package org.dgsm.simulations.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Villages 0..n-1 and the links between them (at most one per pair), with neighbours in ascending order. */
public final class Topology {

    private final int villageCount;
    private final List<Link> links;
    private final int[][] linksByVillage;

    private Topology(int villageCount, List<Link> links) {
        this.villageCount = villageCount;
        this.links = List.copyOf(links);
        List<List<Link>> byVillage = new ArrayList<>();
        for (int v = 0; v < villageCount; v++) {
            byVillage.add(new ArrayList<>());
        }
        for (Link link : links) {
            byVillage.get(link.a()).add(link);
            byVillage.get(link.b()).add(link);
        }
        linksByVillage = new int[villageCount][];
        for (int v = 0; v < villageCount; v++) {
            final int village = v;
            linksByVillage[v] = byVillage.get(v).stream()
                    .sorted(Comparator.comparingInt(l -> l.other(village)))
                    .mapToInt(Link::id)
                    .toArray();
        }
    }

    public int villageCount() {
        return villageCount;
    }

    public List<Link> links() {
        return links;
    }

    public Link link(int id) {
        return links.get(id);
    }

    /** Ids of the links at {@code village}, ordered by the neighbour's index. */
    public int[] linksOf(int village) {
        return linksByVillage[village];
    }

    /** The neighbours of {@code village} in ascending order. */
    public int[] neighbours(int village) {
        int[] ids = linksByVillage[village];
        int[] result = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            result[i] = links.get(ids[i]).other(village);
        }
        return result;
    }

    /** The link between two villages, or -1. */
    public int linkBetween(int a, int b) {
        for (int id : linksByVillage[a]) {
            if (links.get(id).other(a) == b) {
                return id;
            }
        }
        return -1;
    }

    public static Builder builder(int villageCount) {
        return new Builder(villageCount);
    }

    /** Collects links; adding a pair twice or a self-link is an error. */
    public static final class Builder {
        private final int villageCount;
        private final List<Link> links = new ArrayList<>();
        private final boolean[][] present;

        private Builder(int villageCount) {
            if (villageCount < 1) {
                throw new IllegalArgumentException("need at least one village, got " + villageCount);
            }
            this.villageCount = villageCount;
            this.present = new boolean[villageCount][villageCount];
        }

        public Builder link(int a, int b, LinkSpec spec) {
            if (a < 0 || b < 0 || a >= villageCount || b >= villageCount) {
                throw new IllegalArgumentException("link " + a + "-" + b + " names a village outside 0.."
                        + (villageCount - 1));
            }
            if (a == b) {
                throw new IllegalArgumentException("a link needs two different villages, got " + a + "-" + b);
            }
            if (present[a][b]) {
                throw new IllegalArgumentException("link " + a + "-" + b + " is listed twice");
            }
            present[a][b] = true;
            present[b][a] = true;
            links.add(new Link(links.size(), Math.min(a, b), Math.max(a, b), spec));
            return this;
        }

        public boolean has(int a, int b) {
            return present[a][b];
        }

        public Topology build() {
            return new Topology(villageCount, links);
        }
    }
}
