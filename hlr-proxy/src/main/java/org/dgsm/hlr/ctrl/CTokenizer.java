package org.dgsm.hlr.ctrl;

/**
 * Splits text the way C's {@code strtok_r} does, which is how libosmocore and osmo-hlr read CTRL messages and
 * values; the quirks (runs of delimiters collapse, one delimiter is eaten after each token, a value's leading
 * delimiters vanish) are part of what a client sees, so they are reproduced exactly.
 */
final class CTokenizer {

    private final String text;
    private int position;

    CTokenizer(String text) {
        this.text = text;
    }

    /**
     * Skips delimiters, then returns everything up to the next delimiter (which is consumed) or to the end; null if
     * only delimiters were left.
     */
    String next(String delimiters) {
        int start = position;
        while (start < text.length() && delimiters.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (start >= text.length()) {
            position = text.length();
            return null;
        }
        int end = start;
        while (end < text.length() && delimiters.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        position = end < text.length() ? end + 1 : end;
        return text.substring(start, end);
    }

    /** All that is left ({@code strtok_r} with no delimiters), or null if nothing is. */
    String rest() {
        return next("");
    }

    /** The unread tail, without consuming it. */
    String remaining() {
        return text.substring(position);
    }
}
