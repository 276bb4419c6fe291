package org.dgsm.smpp.message;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMPP optional-parameter encoding: a sequence of 16-bit tag, 16-bit length, value (network byte order). Used to
 * keep a message's TLVs as one blob in the queue database and to validate TLV streams.
 */
public final class TlvCodec {

    private TlvCodec() {
    }

    public static byte[] encode(List<Tlv> tlvs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Tlv tlv : tlvs) {
            out.write(tlv.tag() >>> 8);
            out.write(tlv.tag());
            out.write(tlv.length() >>> 8);
            out.write(tlv.length());
            out.writeBytes(tlv.value());
        }
        return out.toByteArray();
    }

    public static List<Tlv> decode(byte[] bytes) throws MalformedTlvException {
        return decode(bytes, 0, bytes.length);
    }

    /**
     * Decodes {@code length} bytes from {@code offset}; every length field is checked against what is left.
     *
     * @throws MalformedTlvException for a truncated header or a value running past the end
     * @throws IndexOutOfBoundsException if offset/length do not describe a range inside {@code bytes}
     */
    public static List<Tlv> decode(byte[] bytes, int offset, int length) throws MalformedTlvException {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        List<Tlv> tlvs = new ArrayList<>();
        int pos = offset;
        int end = offset + length;
        while (pos < end) {
            if (end - pos < 4) {
                throw new MalformedTlvException("TLV header truncated: " + (end - pos) + " bytes left at offset "
                        + (pos - offset) + ", a header needs 4");
            }
            int tag = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
            int valueLength = ((bytes[pos + 2] & 0xff) << 8) | (bytes[pos + 3] & 0xff);
            pos += 4;
            if (valueLength > end - pos) {
                throw new MalformedTlvException(String.format(
                        "TLV 0x%04x claims %d value bytes but only %d are left", tag, valueLength, end - pos));
            }
            byte[] value = new byte[valueLength];
            System.arraycopy(bytes, pos, value, 0, valueLength);
            pos += valueLength;
            tlvs.add(new Tlv(tag, value));
        }
        return tlvs;
    }
}
