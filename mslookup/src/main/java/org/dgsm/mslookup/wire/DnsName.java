package org.dgsm.mslookup.wire;

/**
 * Uncompressed DNS names (RFC 1035 §3.1): length-prefixed labels ending with a zero byte, read as the dotted text osmo
 * compares. mslookup never compresses names.
 */
final class DnsName {

    /** DNS limit for a name in text form; osmo uses the same bound. */
    static final int MAX_TEXT_LENGTH = 255;

    /**
     * DNS allows 63, but osmo writes a 64-character service without dots as one 64-byte label; so do we, so that every
     * valid query can be sent.
     */
    static final int MAX_ENCODED_LABEL_LENGTH = 64;

    private DnsName() {
    }

    /**
     * Writes {@code name} as labels. Every label must be non-empty (no leading, trailing or double dot) and at most
     * {@value #MAX_ENCODED_LABEL_LENGTH} characters; characters must be printable ASCII.
     *
     * @throws IllegalArgumentException when the name cannot be encoded
     */
    static void write(String name, PacketWriter out) {
        if (name.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("DNS name longer than " + MAX_TEXT_LENGTH + " characters: " + name);
        }
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            int labelLength = end - start;
            if (labelLength == 0) {
                throw new IllegalArgumentException("DNS name has an empty label: '" + name + "'");
            }
            if (labelLength > MAX_ENCODED_LABEL_LENGTH) {
                throw new IllegalArgumentException("DNS label longer than " + MAX_ENCODED_LABEL_LENGTH
                        + " characters in '" + name + "'");
            }
            out.u8(labelLength);
            for (int i = start; i < end; i++) {
                char c = name.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("DNS name must be printable ASCII: '" + name + "'");
                }
                out.u8(c);
            }
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        out.u8(0);
    }

    /**
     * Reads a name and returns its dotted text; label bytes must be printable ASCII.
     * Like osmo, the terminating zero byte must leave at least {@code bytesAfter} bytes in the packet, a label
     * may not follow one that ends with a dot, and label lengths are plain lengths; a length byte with both top bits
     * set (a compression pointer) is rejected.
     */
    static String read(PacketReader in, int bytesAfter) throws MalformedPacketException {
        StringBuilder text = new StringBuilder(64);
        while (true) {
            int start = in.position();
            int length = in.u8();
            if (length == 0) {
                break;
            }
            if ((length & 0xc0) == 0xc0) {
                throw new MalformedPacketException("compressed DNS name (pointer at offset " + start
                        + ") is not supported");
            }
            if (text.length() > 0) {
                if (text.charAt(text.length() - 1) == '.') {
                    throw new MalformedPacketException("DNS name has an empty label at offset " + start);
                }
                text.append('.');
            }
            if (text.length() + length > MAX_TEXT_LENGTH) {
                throw new MalformedPacketException("DNS name longer than " + MAX_TEXT_LENGTH + " characters");
            }
            for (byte b : in.bytes(length)) {
                // osmo would carry other bytes into the query text, where its parser or ours rejects them later;
                // refusing them here keeps control characters out of our error messages and logs
                if (b < 0x20 || b > 0x7e) {
                    throw new MalformedPacketException(String.format(
                            "byte 0x%02x in DNS label at offset %d is not printable ASCII", b & 0xff, start));
                }
                text.append((char) b);
            }
        }
        if (text.length() == 0) {
            throw new MalformedPacketException("empty DNS name");
        }
        if (in.remaining() < bytesAfter) {
            throw new MalformedPacketException("packet truncated after DNS name '" + text + "'");
        }
        return text.toString();
    }
}
