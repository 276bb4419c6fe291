package org.dgsm.mslookup.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MalformedQueryException;
import org.dgsm.mslookup.wire.MdnsHeader;
import org.dgsm.mslookup.wire.MslookupQuery;

/**
 * Companion packets on the wire (docs/signed-mslookup.md §1): a DNS answer shaped like an mslookup answer, with
 * exactly one TXT record under the derived name {@code service.id.idtype.sig.suffix}, whose single
 * character-string is {@code v=1 kid=K ts=T nonce=N mac=M} (T decimal ms, N 16 and M 64 lower-case hex digits).
 * osmo clients drop it because {@code sig} is no id type and the TXT key is neither {@code age} nor {@code port};
 * osmo servers drop it because QR is set.
 */
public final class SignatureCompanionCodec {

    /** The label inserted between the query and the suffix. */
    public static final String LABEL = "sig";

    private static final int HEADER = MdnsHeader.LENGTH;
    /** An mslookup name may be 255 characters; ours is 4 longer. */
    private static final int MAX_NAME = 255 + 1 + LABEL.length();
    private static final int MAX_LABEL = 64;
    private static final Pattern TEXT = Pattern.compile(
            "v=1 kid=([A-Za-z0-9._-]{1,32}) ts=(0|[1-9][0-9]{0,18}) nonce=([0-9a-f]{16}) mac=([0-9a-f]{64})");

    private SignatureCompanionCodec() {
    }

    /**
     * @throws IllegalArgumentException for an invalid suffix or a query whose derived name cannot be encoded
     */
    public static byte[] encode(SignatureCompanion companion, String suffix) {
        DomainSuffix.requireValid(suffix);
        HexFormat hex = HexFormat.of();
        String text = "v=1 kid=" + companion.keyId() + " ts=" + companion.timestampMillis() + " nonce="
                + hex.toHexDigits(companion.nonce()) + " mac=" + hex.formatHex(companion.mac());
        byte[] txt = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        u16(out, companion.packetId());
        u16(out, MdnsHeader.FLAG_RESPONSE);
        u16(out, 0);
        u16(out, 1);
        u16(out, 0);
        u16(out, 0);
        writeName(out, derivedName(companion.query(), suffix));
        u16(out, MdnsHeader.TYPE_TXT);
        u16(out, MdnsHeader.CLASS_IN);
        u16(out, 0);
        u16(out, 0);
        u16(out, txt.length + 1);
        out.write(txt.length);
        out.writeBytes(txt);
        byte[] packet = out.toByteArray();
        if (packet.length > MdnsHeader.MAX_PACKET_LENGTH) {
            throw new IllegalArgumentException("companion for " + companion.query() + " would be " + packet.length
                    + " bytes, more than " + MdnsHeader.MAX_PACKET_LENGTH);
        }
        return packet;
    }

    /** {@code service.id.idtype.sig.suffix}. */
    public static String derivedName(MslookupQuery query, String suffix) {
        return query + "." + LABEL + "." + suffix;
    }

    /**
     * Whether the datagram is shaped like a companion (an answer with one record whose name ends in {@code
     * .sig.suffix}); cheap, never throws. A true result still needs {@link #decode} to succeed.
     */
    public static boolean looksLikeCompanion(byte[] datagram, String suffix) {
        try {
            decodeName(datagram, suffix);
            return true;
        } catch (MalformedPacketException e) {
            return false;
        }
    }

    /**
     * @throws MalformedPacketException for anything that is not a well-formed companion for this suffix; the only
     *                                  exception thrown, whatever the input
     */
    public static SignatureCompanion decode(byte[] datagram, String suffix) throws MalformedPacketException {
        Objects.requireNonNull(datagram, "datagram");
        Named named = decodeName(datagram, suffix);
        int at = named.end;
        if (datagram.length - at < 10) {
            throw new MalformedPacketException("companion truncated after its name");
        }
        int type = u16(datagram, at);
        int rrClass = u16(datagram, at + 2) & 0x7fff;
        int rdLength = u16(datagram, at + 8);
        at += 10;
        if (type != MdnsHeader.TYPE_TXT || rrClass != MdnsHeader.CLASS_IN) {
            throw new MalformedPacketException("companion record must be TXT class IN, got type " + type
                    + " class " + rrClass);
        }
        if (rdLength != datagram.length - at) {
            throw new MalformedPacketException("companion RDLENGTH " + rdLength + " does not match the "
                    + (datagram.length - at) + " bytes left");
        }
        if (rdLength < 1 || (datagram[at] & 0xff) != rdLength - 1) {
            throw new MalformedPacketException("companion TXT must hold exactly one character-string");
        }
        String text = ascii(datagram, at + 1, rdLength - 1);
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new MalformedPacketException("companion text is not 'v=1 kid=.. ts=.. nonce=.. mac=..': " + text);
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(m.group(2));
        } catch (NumberFormatException e) {
            throw new MalformedPacketException("companion timestamp out of range: " + m.group(2));
        }
        HexFormat hex = HexFormat.of();
        return new SignatureCompanion(u16(datagram, 0), named.query, m.group(1), timestamp,
                HexFormat.fromHexDigitsToLong(m.group(3)), hex.parseHex(m.group(4)));
    }

    private record Named(MslookupQuery query, int end) {
    }

    private static Named decodeName(byte[] datagram, String suffix) throws MalformedPacketException {
        if (datagram == null || datagram.length < HEADER) {
            throw new MalformedPacketException("shorter than a DNS header");
        }
        if (u16(datagram, 2) != MdnsHeader.FLAG_RESPONSE) {
            throw new MalformedPacketException("companion flags must be 8000");
        }
        if (u16(datagram, 4) != 0 || u16(datagram, 6) != 1 || u16(datagram, 8) != 0 || u16(datagram, 10) != 0) {
            throw new MalformedPacketException("companion must have exactly one answer record and nothing else");
        }
        StringBuilder name = new StringBuilder(64);
        int at = HEADER;
        while (true) {
            if (at >= datagram.length) {
                throw new MalformedPacketException("companion truncated inside its name");
            }
            int length = datagram[at++] & 0xff;
            if (length == 0) {
                break;
            }
            if (length > MAX_LABEL) {
                throw new MalformedPacketException("label length " + length + " at offset " + (at - 1)
                        + " (compression is not supported)");
            }
            if (length > datagram.length - at) {
                throw new MalformedPacketException("companion truncated inside its name");
            }
            if (name.length() > 0) {
                name.append('.');
            }
            if (name.length() + length > MAX_NAME) {
                throw new MalformedPacketException("companion name longer than " + MAX_NAME + " characters");
            }
            String label = ascii(datagram, at, length);
            if (label.indexOf('.') >= 0) {
                throw new MalformedPacketException("dot inside a label at offset " + (at - 1));
            }
            name.append(label);
            at += length;
        }
        String tail = "." + LABEL + "." + suffix;
        String text = name.toString();
        if (!text.endsWith(tail) || text.length() == tail.length()) {
            throw new MalformedPacketException("name does not end with " + tail);
        }
        try {
            return new Named(MslookupQuery.parse(text.substring(0, text.length() - tail.length())), at);
        } catch (MalformedQueryException e) {
            throw new MalformedPacketException("companion name: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MalformedPacketException("companion name: " + e.getMessage(), e);
        }
    }

    private static String ascii(byte[] data, int from, int length) throws MalformedPacketException {
        for (int i = from; i < from + length; i++) {
            if (data[i] < 0x20 || data[i] > 0x7e) {
                throw new MalformedPacketException(String.format("byte 0x%02x at offset %d is not printable ASCII",
                        data[i] & 0xff, i));
            }
        }
        return new String(data, from, length, StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private static void writeName(ByteArrayOutputStream out, String name) {
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("companion name longer than " + MAX_NAME + " characters: " + name);
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                throw new IllegalArgumentException("cannot encode label '" + label + "' of " + name);
            }
            out.write(label.length());
            out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        out.write(0);
    }
}
