package org.dgsm.hlr.proxy;

import java.time.Duration;
import java.util.Objects;

/**
 * How the D-GSM proxy behaves.
 *
 * @param lookupTimeout    how long the {@code gsup.hlr.<imsi>.imsi} lookup may take (osmo: min-delay = timeout =
 *                         2000 ms; an age-0 answer ends it at once)
 * @param answerBound      the longest a request for a visitor waits for its home HLR (lookup, connect and answer
 *                         together) before it is served from the roaming cache or answered with an error; osmo has
 *                         no such bound (dgsm-proxy.md §4)
 * @param tupleStock       how many authentication tuples per visitor are kept in stock for when home is
 *                         unreachable; 0 turns the stock (and offline SAI) off
 * @param dataExpiry       a visitor whose data was not refreshed by home for this long is forgotten with its stock
 * @param housekeeping     how often expired visitors are removed and links to homes that still have to learn an
 *                         offline location update are opened
 * @param cacheEntries     visitors kept in memory in front of SQLite
 */
public record ProxySettings(Duration lookupTimeout, Duration answerBound, int tupleStock, Duration dataExpiry,
                            Duration housekeeping, int cacheEntries) {

    public static final Duration DEFAULT_LOOKUP_TIMEOUT = Duration.ofMillis(2000);
    public static final Duration DEFAULT_ANSWER_BOUND = Duration.ofSeconds(5);
    public static final int DEFAULT_TUPLE_STOCK = 10;
    public static final Duration DEFAULT_DATA_EXPIRY = Duration.ofDays(7);
    public static final Duration DEFAULT_HOUSEKEEPING = Duration.ofSeconds(60);
    public static final int DEFAULT_CACHE_ENTRIES = 10_000;

    public ProxySettings {
        requirePositive("lookupTimeout", lookupTimeout);
        requirePositive("answerBound", answerBound);
        requirePositive("dataExpiry", dataExpiry);
        requirePositive("housekeeping", housekeeping);
        if (lookupTimeout.compareTo(answerBound) > 0) {
            throw new IllegalArgumentException("lookupTimeout " + lookupTimeout.toMillis()
                    + " ms must not exceed answerBound " + answerBound.toMillis() + " ms");
        }
        if (tupleStock < 0 || tupleStock > 1000) {
            throw new IllegalArgumentException("tupleStock must be 0-1000, got " + tupleStock);
        }
        if (cacheEntries < 1) {
            throw new IllegalArgumentException("cacheEntries must be positive, got " + cacheEntries);
        }
    }

    public static ProxySettings defaults() {
        return new ProxySettings(DEFAULT_LOOKUP_TIMEOUT, DEFAULT_ANSWER_BOUND, DEFAULT_TUPLE_STOCK,
                DEFAULT_DATA_EXPIRY, DEFAULT_HOUSEKEEPING, DEFAULT_CACHE_ENTRIES);
    }

    public ProxySettings withLookupTimeout(Duration value) {
        return new ProxySettings(value, answerBound, tupleStock, dataExpiry, housekeeping, cacheEntries);
    }

    public ProxySettings withAnswerBound(Duration value) {
        return new ProxySettings(lookupTimeout, value, tupleStock, dataExpiry, housekeeping, cacheEntries);
    }

    public ProxySettings withTupleStock(int value) {
        return new ProxySettings(lookupTimeout, answerBound, value, dataExpiry, housekeeping, cacheEntries);
    }

    public ProxySettings withDataExpiry(Duration value) {
        return new ProxySettings(lookupTimeout, answerBound, tupleStock, value, housekeeping, cacheEntries);
    }

    public ProxySettings withHousekeeping(Duration value) {
        return new ProxySettings(lookupTimeout, answerBound, tupleStock, dataExpiry, value, cacheEntries);
    }

    public ProxySettings withCacheEntries(int value) {
        return new ProxySettings(lookupTimeout, answerBound, tupleStock, dataExpiry, housekeeping, value);
    }

    private static void requirePositive(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
