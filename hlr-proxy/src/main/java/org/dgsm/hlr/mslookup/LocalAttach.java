package org.dgsm.hlr.mslookup;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscriber's last CS location update at a VLR directly connected to this HLR.
 *
 * @param vlrName            the VLR's IPA name without NUL (keys the per-MSC service addresses)
 * @param lastLocationUpdate when it happened
 */
public record LocalAttach(String vlrName, Instant lastLocationUpdate) {

    public LocalAttach {
        Objects.requireNonNull(vlrName, "vlrName");
        Objects.requireNonNull(lastLocationUpdate, "lastLocationUpdate");
    }
}
