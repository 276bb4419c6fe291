package org.dgsm.mslookup.cli;

import java.util.Objects;

/** The output format of {@code -f}: tab-separated lines with a header, or one JSON object per line. */
public enum OutputFormat {
    CSV,
    JSON;

    /**
     * osmo's rule: the argument selects JSON if it is a prefix of {@code json} (so {@code j} and even the empty string
     * do), otherwise CSV if it is a prefix of {@code csv}.
     *
     * @throws IllegalArgumentException for anything else, with the message osmo prints ({@code Invalid format: X})
     */
    public static OutputFormat parse(String text) {
        Objects.requireNonNull(text, "format");
        if ("json".startsWith(text)) {
            return JSON;
        }
        if ("csv".startsWith(text)) {
            return CSV;
        }
        throw new IllegalArgumentException("Invalid format: " + text);
    }
}
