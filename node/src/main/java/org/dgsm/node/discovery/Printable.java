package org.dgsm.node.discovery;

/** Network text made safe to quote in a log line or an error message. */
final class Printable {

    private static final int MAX_QUOTED = 80;

    private Printable() {
    }

    /** Control characters become {@code ?}; text beyond {@value #MAX_QUOTED} characters is cut with {@code ...}. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED + 3));
        for (int i = 0; i < text.length() && i < MAX_QUOTED; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        if (text.length() > MAX_QUOTED) {
            out.append("...");
        }
        return out.toString();
    }
}
