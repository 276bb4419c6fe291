package org.dgsm.hlr.proxy;

/**
 * The proxy's port to mslookup: finds the home HLR of an IMSI ({@code gsup.hlr.<imsi>.imsi}). The answer comes back
 * later as {@link DgsmProxy#onHomeFound} or {@link DgsmProxy#onHomeNotFound}, on the proxy's thread. The proxy asks
 * at most once at a time per IMSI (several open identical queries would share one answer).
 */
@FunctionalInterface
public interface HomeLookups {

    /** Starts looking up the home HLR of {@code imsi}; must not block. */
    void lookUp(String imsi);
}
