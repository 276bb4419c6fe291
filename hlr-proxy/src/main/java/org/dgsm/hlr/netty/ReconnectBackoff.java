package org.dgsm.hlr.netty;

/** Delays between reconnect attempts: starting at the minimum, doubling up to the maximum, back to the minimum once a link is up. */
final class ReconnectBackoff {

    private final long minMillis;
    private final long maxMillis;
    private long next;

    ReconnectBackoff(long minMillis, long maxMillis) {
        if (minMillis < 1 || maxMillis < minMillis) {
            throw new IllegalArgumentException("need 1 <= min <= max, got min " + minMillis + " max " + maxMillis);
        }
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
        this.next = minMillis;
    }

    long nextDelayMillis() {
        long delay = next;
        next = Math.min(maxMillis, next * 2);
        return delay;
    }

    void reset() {
        next = minMillis;
    }
}
