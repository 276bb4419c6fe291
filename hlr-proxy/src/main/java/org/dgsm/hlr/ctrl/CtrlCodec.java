package org.dgsm.hlr.ctrl;

import java.nio.charset.StandardCharsets;

/**
 * CTRL message text ↔ {@link CtrlCommand}, with libosmocore's parsing rules and error texts, sans-I/O. The text is
 * what follows the IPA header and the extension byte 0x00 (see {@link CtrlFrameDecoder}).
 *
 * <p>Parsing, as osmo does it: the text ends at its first NUL byte; words are separated by spaces (runs of spaces
 * collapse); the first word is the type, compared ignoring ASCII case; the id must be decimal digits ({@code err} is
 * also accepted in an ERROR); a GET's variable ends at a space or newline and nothing may follow; a SET's value runs
 * to the next newline (it may contain spaces) and nothing may follow that newline; a variable may contain only
 * printable ASCII other than {@code , {}[]()<>|~\^`'"?=;/+*&%$#!} and space, with dots as separators.
 */
public final class CtrlCodec {

    static final String ERR_ID = "err";
    private static final String ILLEGAL_IDENTIFIER_CHARS = ", {}[]()<>|~\\^`'\"?=;/+*&%$#!";

    private CtrlCodec() {
    }

    /**
     * Parses one CTRL message.
     *
     * @param text the message bytes (any bytes; they need not be ASCII)
     * @throws MalformedCtrlException with the ERROR osmo answers, e.g. {@code ERROR 7 GET incomplete}
     */
    public static CtrlCommand decode(byte[] text) throws MalformedCtrlException {
        return decode(text, 0, text.length);
    }

    /** {@link #decode(byte[])} of {@code length} bytes at {@code offset}. */
    public static CtrlCommand decode(byte[] text, int offset, int length) throws MalformedCtrlException {
        CTokenizer words = new CTokenizer(cString(text, offset, length));
        String typeWord = words.next(" ");
        if (typeWord == null) {
            throw new MalformedCtrlException(ERR_ID, "Request malformed");
        }
        CtrlType type = CtrlType.fromWire(typeWord)
                .orElseThrow(() -> new MalformedCtrlException(ERR_ID, "Request type unknown"));
        String id = words.next(" ");
        if (id == null) {
            throw new MalformedCtrlException(ERR_ID, "Missing ID");
        }
        if (!isDecimal(id) && !(type == CtrlType.ERROR && id.equals(ERR_ID))) {
            throw new MalformedCtrlException(ERR_ID, "Invalid message ID number");
        }
        return switch (type) {
            case GET -> decodeGet(words, id);
            case SET -> decodeSet(words, id);
            case GET_REPLY, SET_REPLY, TRAP -> decodeReplyOrTrap(words, type, id);
            case ERROR -> decodeError(words, id);
        };
    }

    /** The message text of a command, without framing. */
    public static byte[] encode(CtrlCommand command) {
        String text = switch (command.type()) {
            case GET -> "GET " + command.id() + " " + command.variable();
            case SET, GET_REPLY, SET_REPLY, TRAP -> command.type().wireName() + " " + command.id() + " "
                    + command.variable() + " " + command.value();
            case ERROR -> "ERROR " + command.id() + " " + command.value();
        };
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether osmo accepts a name as a CTRL variable: not empty, dots anywhere, otherwise printable ASCII except
     * space and {@code , {}[]()<>|~\^`'"?=;/+*&%$#!}.
     */
    public static boolean isValidVariable(String variable) {
        if (variable.isEmpty()) {
            return false;
        }
        for (int i = 0; i < variable.length(); i++) {
            char c = variable.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c < 0x20 || c > 0x7e || ILLEGAL_IDENTIFIER_CHARS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static CtrlCommand decodeGet(CTokenizer words, String id) throws MalformedCtrlException {
        String variable = words.next(" \n");
        if (variable == null) {
            throw new MalformedCtrlException(id, "GET incomplete");
        }
        if (!isValidVariable(variable)) {
            throw new MalformedCtrlException(id, "GET variable contains invalid characters");
        }
        if (words.rest() != null) {
            throw new MalformedCtrlException(id, "GET with trailing characters");
        }
        return CtrlCommand.get(id, variable);
    }

    private static CtrlCommand decodeSet(CTokenizer words, String id) throws MalformedCtrlException {
        String variable = words.next(" ");
        String value = words.next("\n");
        if (variable == null || value == null) {
            throw new MalformedCtrlException(id, "SET incomplete");
        }
        if (!isValidVariable(variable)) {
            throw new MalformedCtrlException(id, "SET variable contains invalid characters");
        }
        if (words.rest() != null) {
            throw new MalformedCtrlException(id, "SET with trailing characters");
        }
        return CtrlCommand.set(id, variable, value);
    }

    private static CtrlCommand decodeReplyOrTrap(CTokenizer words, CtrlType type, String id)
            throws MalformedCtrlException {
        String name = switch (type) {
            case GET_REPLY -> "GET REPLY";
            case SET_REPLY -> "SET REPLY";
            default -> "TRAP";
        };
        String variable = words.next(" ");
        String value = words.rest();
        if (variable == null) {
            throw new MalformedCtrlException(id, name + " incomplete");
        }
        if (!isValidVariable(variable)) {
            throw new MalformedCtrlException(id, name + " variable contains invalid characters");
        }
        if (value == null) {
            // libosmocore fails to copy the missing value and reports it as out of memory (measured on 1.7).
            throw new MalformedCtrlException(ERR_ID, "OOM");
        }
        return new CtrlCommand(type, id, variable, value);
    }

    private static CtrlCommand decodeError(CTokenizer words, String id) throws MalformedCtrlException {
        String message = words.rest();
        if (message == null) {
            // osmo treats an ERROR without message as unparseable and sends it back with an empty message.
            throw new MalformedCtrlException(id, "");
        }
        return CtrlCommand.error(id, message);
    }

    /** The bytes up to the first NUL, one char per byte. */
    private static String cString(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " of " + bytes.length);
        }
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
    }

    private static boolean isDecimal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
