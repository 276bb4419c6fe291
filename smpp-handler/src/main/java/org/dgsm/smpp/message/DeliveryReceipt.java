package org.dgsm.smpp.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The informal delivery receipt text of SMPP 3.4 Appendix B, as SMSCs put it into the short_message of a receipt:
 * {@code id:I sub:S dlvrd:D submit date:T done date:T stat:S err:E text:...}.
 *
 * <p>Every field but {@code text} is one token without blanks; {@code text} is the rest of the string and may be
 * empty. The dates are kept as text because real SMSCs do not fill them in reliably (osmo-msc writes the literal
 * {@code YYMMDDhhmm}). Parsing accepts the keys in any letter case (some SMSCs write {@code Text:}); {@code id} and
 * {@code stat} are required, the others may be missing (then null).
 */
public record DeliveryReceipt(String id, String submitted, String delivered, String submitDate, String doneDate,
                              String stat, String err, String text) {

    /** Longest receipt text accepted: a short_message holds at most 254 octets. */
    public static final int MAX_LENGTH = ShortMessage.MAX_SHORT_MESSAGE;

    private static final String[] KEYS = {"id:", "sub:", "dlvrd:", "submit date:", "done date:", "stat:", "err:",
        "text:"};

    public DeliveryReceipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stat, "stat");
        requireToken("id", id);
        requireToken("stat", stat);
        for (String optional : new String[] {submitted, delivered, submitDate, doneDate, err}) {
            if (optional != null) {
                requireToken("field", optional);
            }
        }
        if (text != null && (text.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("receipt text must not contain NUL");
        }
    }

    private static void requireToken(String name, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException(name + " must be printable ASCII without blanks: '" + value + "'");
            }
        }
    }

    /** Whether the SMSC reports the message as delivered. */
    public boolean reportsDelivery() {
        return "DELIVRD".equalsIgnoreCase(stat);
    }

    /** The text form; absent optional fields are left out. */
    public String format() {
        StringBuilder sb = new StringBuilder("id:").append(id);
        append(sb, "sub:", submitted);
        append(sb, "dlvrd:", delivered);
        append(sb, "submit date:", submitDate);
        append(sb, "done date:", doneDate);
        append(sb, "stat:", stat);
        append(sb, "err:", err);
        append(sb, "text:", text);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(' ').append(key).append(value);
        }
    }

    /** Parses receipt octets as ISO-8859-1, so that any octet string has a text form. */
    public static DeliveryReceipt parse(byte[] shortMessage) throws MalformedReceiptException {
        return parse(new String(shortMessage, StandardCharsets.ISO_8859_1));
    }

    /** @throws MalformedReceiptException if id or stat is missing, a field is empty or unknown text follows */
    public static DeliveryReceipt parse(String receipt) throws MalformedReceiptException {
        Objects.requireNonNull(receipt, "receipt");
        if (receipt.length() > MAX_LENGTH) {
            throw new MalformedReceiptException("receipt text longer than " + MAX_LENGTH + " characters");
        }
        String[] values = new String[KEYS.length];
        int pos = 0;
        for (int k = 0; k < KEYS.length; k++) {
            pos = skipBlanks(receipt, pos);
            String key = KEYS[k];
            if (!receipt.regionMatches(true, pos, key, 0, key.length())) {
                continue;
            }
            pos += key.length();
            if (k == KEYS.length - 1) {
                values[k] = receipt.substring(pos);
                pos = receipt.length();
                break;
            }
            int end = pos;
            while (end < receipt.length() && receipt.charAt(end) != ' ') {
                end++;
            }
            if (end == pos) {
                throw new MalformedReceiptException("receipt field '" + key + "' is empty");
            }
            values[k] = receipt.substring(pos, end);
            pos = end;
        }
        pos = skipBlanks(receipt, pos);
        if (pos < receipt.length()) {
            throw new MalformedReceiptException("unexpected receipt text at offset " + pos + ": '"
                    + abbreviate(receipt.substring(pos)) + "'");
        }
        if (values[0] == null) {
            throw new MalformedReceiptException("receipt has no id field");
        }
        if (values[5] == null) {
            throw new MalformedReceiptException("receipt has no stat field");
        }
        try {
            return new DeliveryReceipt(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                    values[7]);
        } catch (IllegalArgumentException e) {
            throw new MalformedReceiptException("bad receipt field: " + e.getMessage());
        }
    }

    private static int skipBlanks(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 24 ? printable : printable.substring(0, 24) + "...";
    }
}
