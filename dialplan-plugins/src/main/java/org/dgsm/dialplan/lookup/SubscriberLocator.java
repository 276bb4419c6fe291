package org.dgsm.dialplan.lookup;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Answers "where is service S of MSISDN M now?" for the dialplan endpoints, on top of an {@link AsyncMslookup}.
 *
 * <ul>
 *   <li>Answers are cached briefly ({@link Builder#cacheTtl}): a call setup burst or a retried INVITE costs one
 *       mslookup, while a subscriber who moves is found again within seconds. A cached answer grows older while
 *       it is served, so {@code age} stays truthful.</li>
 *   <li>"Not found" is cached for a shorter time ({@link Builder#notFoundTtl}); failed lookups are not cached.</li>
 *   <li>Concurrent lookups of the same query share one mslookup (single flight). This also matters for correctness:
 *       the mslookup client gives an answer to the newest of several identical open requests only.</li>
 * </ul>
 *
 * Thread-safe. Time comes from an injected nanosecond ticker.
 */
public final class SubscriberLocator {

    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_NOT_FOUND_TTL = Duration.ofSeconds(1);
    /** Safety net for a lookup function that never completes; the multicast client ends every lookup itself. */
    public static final Duration DEFAULT_LOOKUP_DEADLINE = Duration.ofSeconds(10);
    public static final long DEFAULT_MAXIMUM_ENTRIES = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberLocator.class);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final AsyncMslookup mslookup;
    private final VillageDirectory villages;
    private final LongSupplier nanoTime;
    private final Duration lookupDeadline;
    private final AsyncCache<MslookupQuery, Answer> cache;
    private final AtomicLong mslookupsStarted = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    private SubscriberLocator(Builder b) {
        this.mslookup = b.mslookup;
        this.villages = b.villages;
        this.nanoTime = b.nanoTime;
        this.lookupDeadline = b.lookupDeadline;
        this.cache = Caffeine.newBuilder()
                .maximumSize(b.maximumEntries)
                .ticker(b.nanoTime::getAsLong)
                .executor(Runnable::run)
                .expireAfter(new AnswerExpiry(b.cacheTtl.toNanos(), b.notFoundTtl.toNanos()))
                .buildAsync();
    }

    public static Builder builder(AsyncMslookup mslookup) {
        return new Builder(mslookup);
    }

    /**
     * Locates service {@code service} (e.g. {@code sip.voice}) of {@code msisdn}. The future never completes
     * exceptionally: a failed lookup is a {@link SubscriberLocation.LookupFailed}.
     *
     * @throws IllegalArgumentException when the service or MSISDN cannot form an mslookup query
     */
    public CompletableFuture<SubscriberLocation> locate(String service, String msisdn) {
        return locate(new MslookupQuery(service, MslookupId.msisdn(msisdn)));
    }

    /** As {@link #locate(String, String)} for any query. */
    public CompletableFuture<SubscriberLocation> locate(MslookupQuery query) {
        Objects.requireNonNull(query, "query");
        requests.incrementAndGet();
        return cache.get(query, (q, executor) -> lookUp(q)).thenApply(this::asSeenNow);
    }

    /** mslookups actually started (cache misses that were not joined to a lookup in flight). */
    public long mslookupsStarted() {
        return mslookupsStarted.get();
    }

    /** Calls of {@code locate}. */
    public long requests() {
        return requests.get();
    }

    private CompletableFuture<Answer> lookUp(MslookupQuery query) {
        mslookupsStarted.incrementAndGet();
        CompletableFuture<Optional<MslookupResult>> pending;
        try {
            pending = Objects.requireNonNull(mslookup.lookup(query), "lookup function returned null")
                    .toCompletableFuture()
                    .thenApply(result -> result); // a copy: orTimeout must not complete the caller's future
        } catch (RuntimeException e) {
            pending = CompletableFuture.failedFuture(e);
        }
        return pending
                .orTimeout(lookupDeadline.toNanos(), TimeUnit.NANOSECONDS)
                .handle((result, error) -> new Answer(toLocation(query, result, error), nanoTime.getAsLong()));
    }

    private SubscriberLocation toLocation(MslookupQuery query, Optional<MslookupResult> result, Throwable error) {
        if (error != null) {
            String reason = describe(unwrap(error));
            LOG.debug("mslookup {} failed: {}", query, reason);
            return new SubscriberLocation.LookupFailed(reason);
        }
        if (result == null || result.isEmpty()) {
            return new SubscriberLocation.NotFound();
        }
        MslookupResult r = result.get();
        ServiceAddress address = r.v4() != null ? r.v4() : r.v6();
        String village;
        try {
            village = villages.villageAt(address.ip()).orElse(null);
        } catch (RuntimeException e) {
            LOG.debug("village directory failed for {}: {}", address, e.toString());
            village = null;
        }
        return new SubscriberLocation.Found(address, r.ageSeconds(), village);
    }

    private SubscriberLocation asSeenNow(Answer answer) {
        if (answer.location() instanceof SubscriberLocation.Found found) {
            long elapsed = Math.max(0, nanoTime.getAsLong() - answer.receivedAtNanos());
            return found.olderBy(elapsed / NANOS_PER_SECOND);
        }
        return answer.location();
    }

    private String describe(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no final mslookup answer within " + lookupDeadline.toMillis() + " ms";
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** A lookup's outcome and when it arrived (ticker nanos). */
    private record Answer(SubscriberLocation location, long receivedAtNanos) {
    }

    private static final class AnswerExpiry implements Expiry<MslookupQuery, Answer> {
        private final long foundNanos;
        private final long notFoundNanos;

        AnswerExpiry(long foundNanos, long notFoundNanos) {
            this.foundNanos = foundNanos;
            this.notFoundNanos = notFoundNanos;
        }

        @Override
        public long expireAfterCreate(MslookupQuery key, Answer value, long currentTime) {
            SubscriberLocation location = value.location();
            if (location instanceof SubscriberLocation.Found) {
                return foundNanos;
            }
            if (location instanceof SubscriberLocation.NotFound) {
                return notFoundNanos;
            }
            return 0; // failures are not remembered: the next call tries again
        }

        @Override
        public long expireAfterUpdate(MslookupQuery key, Answer value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(MslookupQuery key, Answer value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    public static final class Builder {
        private final AsyncMslookup mslookup;
        private Duration cacheTtl = DEFAULT_CACHE_TTL;
        private Duration notFoundTtl = DEFAULT_NOT_FOUND_TTL;
        private Duration lookupDeadline = DEFAULT_LOOKUP_DEADLINE;
        private long maximumEntries = DEFAULT_MAXIMUM_ENTRIES;
        private LongSupplier nanoTime = System::nanoTime;
        private VillageDirectory villages = VillageDirectory.none();

        private Builder(AsyncMslookup mslookup) {
            this.mslookup = Objects.requireNonNull(mslookup, "mslookup");
        }

        /** How long an answer is reused; zero disables caching of answers (lookups in flight are still shared). */
        public Builder cacheTtl(Duration ttl) {
            this.cacheTtl = nonNegative(ttl, "cache TTL");
            return this;
        }

        /** How long "not found" is reused; keep it short, a phone may attach any moment. */
        public Builder notFoundTtl(Duration ttl) {
            this.notFoundTtl = nonNegative(ttl, "not-found TTL");
            return this;
        }

        /** A lookup not finished after this long counts as failed. */
        public Builder lookupDeadline(Duration deadline) {
            Objects.requireNonNull(deadline, "lookup deadline");
            if (deadline.isZero() || deadline.isNegative()) {
                throw new IllegalArgumentException("lookup deadline must be positive, got " + deadline);
            }
            this.lookupDeadline = deadline;
            return this;
        }

        public Builder maximumEntries(long entries) {
            if (entries < 1) {
                throw new IllegalArgumentException("maximum entries must be at least 1, got " + entries);
            }
            this.maximumEntries = entries;
            return this;
        }

        /** The clock for cache expiry and ageing, in nanoseconds like {@link System#nanoTime()}. */
        public Builder ticker(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "ticker");
            return this;
        }

        public Builder villages(VillageDirectory villages) {
            this.villages = Objects.requireNonNull(villages, "villages");
            return this;
        }

        public SubscriberLocator build() {
            return new SubscriberLocator(this);
        }

        private static Duration nonNegative(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative, got " + d);
            }
            return d;
        }
    }
}
