package org.dgsm.mslookup.wire;

import java.util.Locale;
import java.util.Optional;

/** The kind of subscriber identity an mslookup query asks about. */
public enum IdType {
    IMSI("imsi", 6, 15),
    MSISDN("msisdn", 1, 15);

    private final String wireName;
    private final int minDigits;
    private final int maxDigits;

    IdType(String wireName, int minDigits, int maxDigits) {
        this.wireName = wireName;
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
    }

    /** The word used in query names, always lower case: {@code "imsi"} or {@code "msisdn"}. */
    public String wireName() {
        return wireName;
    }

    public int minDigits() {
        return minDigits;
    }

    public int maxDigits() {
        return maxDigits;
    }

    /** Looks up an id type word the way osmo does: case-insensitively ({@code IMSI} parses). */
    public static Optional<IdType> fromWireName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (IdType type : values()) {
            if (type.wireName.equals(lower)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
