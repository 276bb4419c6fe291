package org.dgsm.hlr.ctrl;

import java.util.Optional;

/** The kind of a CTRL message, named on the wire by its first word. */
public enum CtrlType {
    GET("GET"),
    SET("SET"),
    GET_REPLY("GET_REPLY"),
    SET_REPLY("SET_REPLY"),
    TRAP("TRAP"),
    ERROR("ERROR");

    private final String wireName;

    CtrlType(String wireName) {
        this.wireName = wireName;
    }

    /** The word that starts a message of this kind. */
    public String wireName() {
        return wireName;
    }

    /** Whether a message of this kind carries a variable name and a value after its id. */
    public boolean isReplyOrTrap() {
        return this == GET_REPLY || this == SET_REPLY || this == TRAP;
    }

    /**
     * The kind named by a message's first word. libosmocore compares it ignoring ASCII case, so {@code get} is a GET.
     */
    public static Optional<CtrlType> fromWire(String word) {
        for (CtrlType type : values()) {
            if (asciiEqualsIgnoreCase(type.wireName, word)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
