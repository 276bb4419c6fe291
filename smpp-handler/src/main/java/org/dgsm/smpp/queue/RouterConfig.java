package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.time.Duration;
import java.util.Objects;

/**
 * What the router needs to decide.
 *
 * @param ownAddress      the SMPP address this village's handler is known by (mslookup answers with it when the
 *                        recipient is attached here); also sent to peers as the reply-to address for receipts
 * @param receiptWait     how long a handed-on SMS that asked for a receipt is kept to match its receipt
 * @param dedupeRetention how long ids received from peers are remembered (must exceed the peers' expiry)
 * @param lookupCacheTtl  how long an mslookup result is reused for the same MSISDN (zero: never)
 * @param maxInFlight     attempts (lookups, forwards, submits) running at the same time
 */
public record RouterConfig(ServiceAddress ownAddress, RetryPolicy retry, Duration receiptWait,
                           Duration dedupeRetention, Duration lookupCacheTtl, int maxInFlight) {

    public RouterConfig {
        Objects.requireNonNull(ownAddress, "ownAddress");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(receiptWait, "receiptWait");
        Objects.requireNonNull(dedupeRetention, "dedupeRetention");
        Objects.requireNonNull(lookupCacheTtl, "lookupCacheTtl");
        if (receiptWait.isNegative() || dedupeRetention.isNegative() || lookupCacheTtl.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be >= 1, got " + maxInFlight);
        }
    }
}
