package org.dgsm.node.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Short human-readable times for the page: {@code 5 s ago}, {@code 3 d 4 h}, {@code 34 ms}. */
final class TimeText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    /** {@code just now}, {@code 5 s ago}, {@code 3 min ago}; {@code in 2 min} for a future time. */
    static String relative(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            return "in " + coarse(d.negated());
        }
        if (d.toMillis() < 1000) {
            return "just now";
        }
        return coarse(d) + " ago";
    }

    /** The largest unit only: {@code 42 s}, {@code 3 min}, {@code 5 h}, {@code 2 d}. */
    static String coarse(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min";
        }
        if (s < 86_400) {
            return (s / 3600) + " h";
        }
        return (s / 86_400) + " d";
    }

    /** Two units: {@code 42 s}, {@code 3 min 5 s}, {@code 5 h 2 min}, {@code 2 d 4 h}. */
    static String span(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        if (s < 86_400) {
            return (s / 3600) + " h " + (s % 3600 / 60) + " min";
        }
        return (s / 86_400) + " d " + (s % 86_400 / 3600) + " h";
    }

    /** {@code 34 ms} below ten seconds, else {@code 12.3 s}; sub-millisecond as {@code 0.4 ms}. */
    static String rtt(Duration d) {
        long micros = d.toNanos() / 1000;
        if (micros < 1000) {
            return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
        }
        if (micros < 10_000_000) {
            return (micros / 1000) + " ms";
        }
        return String.format(Locale.ROOT, "%.1f s", micros / 1_000_000.0);
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
