package org.dgsm.mslookup.wire;

import java.util.Objects;

/** Checks a configured domain suffix such as {@code mdns.osmocom.org}. */
public final class DomainSuffix {

    /** The suffix osmo uses by default. */
    public static final String DEFAULT = "mdns.osmocom.org";

    /**
     * The longest query text ({@code 64-char-service.15-digits.msisdn.}) is 88 characters; a longer suffix could push
     * a valid query past the 255-character DNS name limit.
     */
    public static final int MAX_LENGTH = DnsName.MAX_TEXT_LENGTH - 88;

    private DomainSuffix() {
    }

    /**
     * Returns {@code suffix} if it is usable: non-empty, at most {@value #MAX_LENGTH} characters, printable ASCII
     * without blanks, dot-separated labels of 1 to 63 characters. The suffix is compared case-sensitively (as osmo
     * does), so it is not lower-cased here.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String requireValid(String suffix) {
        Objects.requireNonNull(suffix, "domain suffix");
        if (suffix.isEmpty() || suffix.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("domain suffix must be 1.." + MAX_LENGTH + " characters: '" + suffix
                    + "'");
        }
        int labelLength = 0;
        for (int i = 0; i < suffix.length(); i++) {
            char c = suffix.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new IllegalArgumentException("domain suffix must be printable ASCII without blanks: '" + suffix
                        + "'");
            }
            if (c == '.') {
                if (labelLength == 0) {
                    throw new IllegalArgumentException("domain suffix has an empty label: '" + suffix + "'");
                }
                labelLength = 0;
            } else if (++labelLength > 63) {
                throw new IllegalArgumentException("domain suffix label longer than 63 characters: '" + suffix + "'");
            }
        }
        if (labelLength == 0) {
            throw new IllegalArgumentException("domain suffix ends with a dot: '" + suffix + "'");
        }
        return suffix;
    }
}
