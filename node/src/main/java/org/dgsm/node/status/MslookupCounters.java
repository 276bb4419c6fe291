package org.dgsm.node.status;

/**
 * What this village's mslookup responder has seen since it started. Each count only grows.
 *
 * @param queriesSeen queries received on the multicast group
 * @param answered    queries this village answered
 * @param malformed   packets that were not a valid mslookup query
 */
public record MslookupCounters(long queriesSeen, long answered, long malformed) {

    public static final MslookupCounters ZERO = new MslookupCounters(0, 0, 0);

    public MslookupCounters {
        if (queriesSeen < 0 || answered < 0 || malformed < 0) {
            throw new IllegalArgumentException("counters must not be negative");
        }
    }
}
