package org.dgsm.hlr.ctrl;

import java.io.ByteArrayOutputStream;

/**
 * Bytes ↔ one line of text for test files: printable ASCII as is, {@code \\ \n \t \xNN} for the rest and for a
 * space at the end (so that editors that strip trailing blanks cannot change a line).
 */
public final class Escapes {

    private Escapes() {
    }

    public static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            if (c == ' ' && i == bytes.length - 1) {
                out.append("\\x20");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }

    public static byte[] unescape(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                if (c > 0xff) {
                    throw new IllegalArgumentException("not a byte: " + c + " in " + line);
                }
                out.write(c);
                continue;
            }
            if (i + 1 >= line.length()) {
                throw new IllegalArgumentException("dangling backslash in " + line);
            }
            char e = line.charAt(++i);
            switch (e) {
                case '\\' -> out.write('\\');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'x' -> {
                    if (i + 2 >= line.length()) {
                        throw new IllegalArgumentException("short \\x escape in " + line);
                    }
                    out.write(Integer.parseInt(line.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + line);
            }
        }
        return out.toByteArray();
    }
}
