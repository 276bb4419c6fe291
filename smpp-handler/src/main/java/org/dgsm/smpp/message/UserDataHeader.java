package org.dgsm.smpp.message;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The user data header at the start of an SMS whose esm_class has the UDHI bit (3GPP TS 23.040 9.2.3.24): a length
 * octet (UDHL) and information elements (IEI, length, data). The handler never rewrites it (the short_message is
 * forwarded byte for byte); it reads it to show which part of a concatenated SMS a queued message is.
 */
public record UserDataHeader(List<InformationElement> elements) {

    /** IEI of a concatenation header with an 8-bit reference. */
    public static final int CONCAT_8BIT = 0x00;
    /** IEI of a concatenation header with a 16-bit reference. */
    public static final int CONCAT_16BIT = 0x08;

    public UserDataHeader {
        elements = List.copyOf(elements);
        int length = 0;
        for (InformationElement ie : elements) {
            length += 2 + ie.data().length;
        }
        if (length > 0xff) {
            throw new IllegalArgumentException("a user data header holds at most 255 octets, got " + length);
        }
    }

    /** One information element; {@code data} is at most 255 octets. */
    public record InformationElement(int id, byte[] data) {

        public InformationElement {
            if (id < 0 || id > 0xff) {
                throw new IllegalArgumentException("IEI must be 0..255, got " + id);
            }
            if (data.length > 0xff) {
                throw new IllegalArgumentException("IE data must be at most 255 octets, got " + data.length);
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InformationElement other && id == other.id && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return 31 * id + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "IE[" + id + ", " + data.length + " octets]";
        }
    }

    /** Part {@code sequence} of {@code total} of the concatenated message {@code reference}. */
    public record Concatenation(int reference, int total, int sequence) {

        @Override
        public String toString() {
            return sequence + "/" + total;
        }
    }

    /**
     * Reads the header at the start of {@code userData}.
     *
     * @throws MalformedUdhException if the UDHL runs past the user data or an element runs past the UDHL
     */
    public static UserDataHeader parse(byte[] userData) throws MalformedUdhException {
        if (userData.length == 0) {
            throw new MalformedUdhException("UDHI is set but the user data is empty");
        }
        int udhl = userData[0] & 0xff;
        if (udhl > userData.length - 1) {
            throw new MalformedUdhException("UDHL " + udhl + " runs past the user data (" + (userData.length - 1)
                    + " octets follow)");
        }
        List<InformationElement> elements = new ArrayList<>();
        int pos = 1;
        int end = 1 + udhl;
        while (pos < end) {
            if (end - pos < 2) {
                throw new MalformedUdhException("information element header truncated at offset " + pos);
            }
            int id = userData[pos] & 0xff;
            int length = userData[pos + 1] & 0xff;
            pos += 2;
            if (length > end - pos) {
                throw new MalformedUdhException("information element " + id + " claims " + length
                        + " octets but the header has " + (end - pos) + " left");
            }
            elements.add(new InformationElement(id, Arrays.copyOfRange(userData, pos, pos + length)));
            pos += length;
        }
        return new UserDataHeader(elements);
    }

    /** Octets the header occupies at the start of the user data, the UDHL octet included. */
    public int encodedLength() {
        int length = 1;
        for (InformationElement ie : elements) {
            length += 2 + ie.data.length;
        }
        return length;
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(encodedLength() - 1);
        for (InformationElement ie : elements) {
            out.write(ie.id);
            out.write(ie.data.length);
            out.writeBytes(ie.data);
        }
        return out.toByteArray();
    }

    /**
     * The first concatenation element, if there is one whose values make sense (its length fits its IEI, at least one
     * part, sequence 1..total); a senseless one is ignored as 23.040 asks.
     */
    public Optional<Concatenation> concatenation() {
        for (InformationElement ie : elements) {
            byte[] d = ie.data;
            Concatenation c = null;
            if (ie.id == CONCAT_8BIT && d.length == 3) {
                c = new Concatenation(d[0] & 0xff, d[1] & 0xff, d[2] & 0xff);
            } else if (ie.id == CONCAT_16BIT && d.length == 4) {
                c = new Concatenation(((d[0] & 0xff) << 8) | (d[1] & 0xff), d[2] & 0xff, d[3] & 0xff);
            }
            if (c != null && c.total() >= 1 && c.sequence() >= 1 && c.sequence() <= c.total()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The concatenation info of a message, if its esm_class says it has a UDH and the UDH says it is a part. */
    public static Optional<Concatenation> concatenationOf(ShortMessage message) {
        if (!EsmClass.hasUdh(message.esmClass())) {
            return Optional.empty();
        }
        try {
            return parse(message.shortMessage()).concatenation();
        } catch (MalformedUdhException e) {
            return Optional.empty();
        }
    }
}
