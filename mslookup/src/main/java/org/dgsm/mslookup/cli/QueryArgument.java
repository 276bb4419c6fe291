package org.dgsm.mslookup.cli;

import org.dgsm.mslookup.wire.MalformedQueryException;
import org.dgsm.mslookup.wire.MslookupQuery;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One query argument of osmo-mslookup-client, {@code [[MIN-DELAY-][TIMEOUT]@]service.id.idtype}.
 *
 * @param queryText    the text after the first {@code @} (the whole argument without one); printed in result lines
 * @param query        the parsed query, or {@code null} when the argument is invalid (print an ERROR line)
 * @param minDelayMs   Tmin from the prefix, or {@code null} to use the command line's {@code -t}
 * @param timeoutMs    Tmax from the prefix, or {@code null} to use the command line's {@code -T}
 * @param errorMessage when {@code query} is null: osmo's message for stderr, without newline; else {@code null}
 */
public record QueryArgument(String queryText, MslookupQuery query, Long minDelayMs, Long timeoutMs,
                            String errorMessage) {

    /** osmo copies the prefix into a 16-byte buffer. */
    public static final int MAX_PREFIX_LENGTH = 15;
    /** osmo keeps the query text in a 128-byte buffer. */
    public static final int MAX_QUERY_TEXT_LENGTH = 127;

    private static final long MAX_MILLIS = 0xFFFF_FFFFL;

    public QueryArgument {
        Objects.requireNonNull(queryText, "queryText");
        if ((query == null) == (errorMessage == null)) {
            throw new IllegalArgumentException("exactly one of query and errorMessage must be set");
        }
    }

    /** Without an explicit message: a null {@code query} gets osmo's "cannot parse query string" message. */
    public QueryArgument(String queryText, MslookupQuery query, Long minDelayMs, Long timeoutMs) {
        this(queryText, query, minDelayMs, timeoutMs, query == null ? cannotParse(queryText) : null);
    }

    public boolean isValid() {
        return query != null;
    }

    /**
     * Splits off the timing prefix and parses the query as osmo does. The prefix is the text before the first
     * {@code @}, at most 15 characters; if it contains a {@code -}, the part before the first {@code -} is the
     * min-delay and the rest the timeout; each part is a number 0..2<sup>32</sup>-1 or empty (= 0). A prefix replaces
     * both command-line values. Never throws for any text.
     */
    public static QueryArgument parse(String arg) {
        Objects.requireNonNull(arg, "arg");
        int at = arg.indexOf('@');
        if (at < 0) {
            return parseQuery(arg, null, null);
        }
        String queryText = arg.substring(at + 1);
        String prefix = arg.substring(0, at);
        if (prefix.length() > MAX_PREFIX_LENGTH) {
            return error(queryText, "ERROR: timeouts part too long in query string");
        }
        int dash = prefix.indexOf('-');
        long minDelay = 0;
        String timeoutText = prefix;
        if (dash >= 0) {
            String minDelayText = prefix.substring(0, dash);
            OptionalLong parsed = OsmoNumber.parse(minDelayText, 0, MAX_MILLIS);
            if (parsed.isEmpty()) {
                return error(queryText, "ERROR: invalid min-delay number: " + minDelayText);
            }
            minDelay = parsed.getAsLong();
            timeoutText = prefix.substring(dash + 1);
        }
        OptionalLong timeout = OsmoNumber.parse(timeoutText, 0, MAX_MILLIS);
        if (timeout.isEmpty()) {
            return error(queryText, "ERROR: invalid timeout number: " + timeoutText);
        }
        return parseQuery(queryText, minDelay, timeout.getAsLong());
    }

    private static QueryArgument parseQuery(String queryText, Long minDelayMs, Long timeoutMs) {
        if (queryText.length() > MAX_QUERY_TEXT_LENGTH) {
            return error(queryText, "ERROR: query string is too long: '" + queryText + "'");
        }
        try {
            return new QueryArgument(queryText, MslookupQuery.parse(queryText), minDelayMs, timeoutMs);
        } catch (MalformedQueryException e) {
            return error(queryText, cannotParse(queryText));
        }
    }

    private static String cannotParse(String queryText) {
        return "ERROR: cannot parse query string: '" + queryText + "'";
    }

    private static QueryArgument error(String queryText, String message) {
        return new QueryArgument(queryText, null, null, null, message);
    }
}
