package org.dgsm.mslookup.wire;

import java.util.Objects;

/** A query packet as received: its DNS packet id (to copy into the answer) and the query. */
public record DecodedQuery(int packetId, MslookupQuery query) {

    public DecodedQuery {
        MdnsHeader.checkPacketId(packetId);
        Objects.requireNonNull(query, "query");
    }
}
