package org.dgsm.mslookup.wire;

import java.util.Objects;

/**
 * One answer packet: the DNS packet id (cosmetic, copied from the query), the query it answers and the result.
 *
 * @throws IllegalArgumentException from the constructor for a packet id outside 0..65535
 */
public record MslookupAnswer(int packetId, MslookupQuery query, MslookupResult result) {

    public MslookupAnswer {
        MdnsHeader.checkPacketId(packetId);
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(result, "result");
    }
}
