package org.dgsm.mslookup.client;

import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;

/**
 * The timing state machine of one lookup (spec §5), with absolute times in milliseconds.
 *
 * <p>Timers are armed from the start time ({@code start + Tmin}, then {@code start + Tmax}), not from the moment the
 * previous timer was handled, so a late {@code onTime} call gives the same reports as a punctual one.
 */
final class PendingRequest {

    private static final long DEFAULT_TIMEOUT_MS = 1000;

    private final long requestId;
    private final MslookupQuery query;
    private final long startMs;
    private final long minDelayMs;
    private final long timeoutMs;
    private boolean waitingMinDelay;
    private MslookupResult best;
    private long deadlineMs;
    private boolean finished;

    PendingRequest(long requestId, MslookupQuery query, long minDelayMs, long timeoutMs, long nowMs) {
        this.requestId = requestId;
        this.query = query;
        this.startMs = nowMs;
        this.minDelayMs = minDelayMs;
        long effectiveTimeout = timeoutMs == 0 ? minDelayMs : timeoutMs;
        this.timeoutMs = effectiveTimeout == 0 ? DEFAULT_TIMEOUT_MS : effectiveTimeout;
        this.waitingMinDelay = minDelayMs > 0;
        this.deadlineMs = nowMs + (waitingMinDelay ? minDelayMs : this.timeoutMs);
    }

    long requestId() {
        return requestId;
    }

    MslookupQuery query() {
        return query;
    }

    long deadlineMs() {
        return deadlineMs;
    }

    boolean finished() {
        return finished;
    }

    /** Handles one valid answer for this request; returns the report to deliver now, or {@code null}. */
    MslookupReport onAnswer(MslookupResult answer) {
        if (best != null && answer.ageSeconds() >= best.ageSeconds()) {
            return null; // not younger: the earlier answer stands, ties included
        }
        best = answer;
        if (best.ageSeconds() == 0) {
            finished = true; // nothing can be younger: end at once, whatever the timers say
            return MslookupReport.result(requestId, query, best, true);
        }
        if (waitingMinDelay) {
            return null;
        }
        return MslookupReport.result(requestId, query, best, false);
    }

    /** Handles the timer that was due at {@link #deadlineMs()}; returns the report to deliver, or {@code null}. */
    MslookupReport onTimer() {
        if (waitingMinDelay) {
            waitingMinDelay = false;
            if (timeoutMs <= minDelayMs) {
                finished = true;
                return best != null
                        ? MslookupReport.result(requestId, query, best, true)
                        : MslookupReport.notFound(requestId, query);
            }
            deadlineMs = startMs + timeoutMs;
            return best != null ? MslookupReport.result(requestId, query, best, false) : null;
        }
        finished = true;
        // A best result has always been reported by now: it was either reported on arrival or when min-delay ended.
        return best != null
                ? MslookupReport.none(requestId, query, best.ageSeconds())
                : MslookupReport.notFound(requestId, query);
    }
}
