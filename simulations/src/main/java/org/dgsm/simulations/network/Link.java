package org.dgsm.simulations.network;

/**
 * One link of the village graph. It is up unless at least one cause (a flap, a partition, an outage) holds it
 * down; causes may overlap, so they are counted.
 */
public final class Link {

    private final int id;
    private final int a;
    private final int b;
    private final LinkSpec spec;
    private int downCauses;

    Link(int id, int a, int b, LinkSpec spec) {
        this.id = id;
        this.a = a;
        this.b = b;
        this.spec = spec;
    }

    public int id() {
        return id;
    }

    public int a() {
        return a;
    }

    public int b() {
        return b;
    }

    public LinkSpec spec() {
        return spec;
    }

    public boolean isUp() {
        return downCauses == 0;
    }

    /** The end that is not {@code village}. */
    public int other(int village) {
        return village == a ? b : a;
    }

    /** @return whether the link just went down */
    boolean addDownCause() {
        return downCauses++ == 0;
    }

    /** @return whether the link just came up */
    boolean removeDownCause() {
        if (downCauses == 0) {
            throw new IllegalStateException("link " + id + " is not down");
        }
        return --downCauses == 0;
    }
}
