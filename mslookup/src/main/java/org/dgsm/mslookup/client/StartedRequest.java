package org.dgsm.mslookup.client;

/**
 * A request the {@link MslookupClientEngine} has opened: its id (for reports and {@code cancel}) and the query packet
 * the caller must multicast now. The array is the caller's to keep.
 */
public record StartedRequest(long requestId, byte[] queryPacket) {
}
