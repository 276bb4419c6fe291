package org.dgsm.node.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The rule for a village name, which is also its DNS-SD instance name: 1 to 63 bytes of UTF-8 (the length of one
 * DNS label, RFC 6763 §4.1.1) without control characters. Names compare case-insensitively, as DNS names do.
 */
public final class VillageNames {

    public static final int MAX_BYTES = 63;

    private VillageNames() {
    }

    /** Why {@code name} is not a village name, or {@code null} when it is one. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "village name is empty";
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return "village name is " + bytes + " bytes of UTF-8, at most " + MAX_BYTES + " allowed";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return "village name contains control character U+" + String.format("%04X", (int) c);
            }
            if (Character.isSurrogate(c) && !isPairedSurrogate(name, i)) {
                return "village name contains an unpaired surrogate";
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }

    /** @throws IllegalArgumentException naming the problem */
    public static String require(String name) {
        String problem = problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name;
    }

    /** The key two spellings of one village share. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean isPairedSurrogate(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
