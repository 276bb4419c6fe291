package org.dgsm.smpp.message;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsmpp.PDUStringException;
import org.junit.jupiter.api.Test;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure check against random and damaged PDUs, and against well-formed ones built by jSMPP's composer:
 * it never throws, accepts what the composer builds, refuses every truncation of the mandatory part, and what it
 * accepts jSMPP decodes without an unchecked exception when the TLVs are standard or unknown tags.
 */
class PduStructurePropertiesTest {

    private static final DefaultComposer COMPOSER = new DefaultComposer();
    private static final DefaultDecomposer DECOMPOSER = new DefaultDecomposer();
    private static final int[] IDS = {0x00000001, 0x00000002, 0x00000009, 0x00000004, 0x00000005, 0x00000103,
        0x80000004, 0x80000005, 0x80000009, 0x00000015, 0x80000000};

    @Test
    void hundredThousandRandomPdusGetAStatusNeverAnException() {
        SplittableRandom random = new SplittableRandom(0x5a);
        for (int i = 0; i < 100_000; i++) {
            byte[] body = new byte[random.nextInt(120)];
            random.nextBytes(body);
            // mostly NULs and small values, so that C-strings end and lengths fit often enough to go deep
            for (int j = 0; j < body.length; j++) {
                if (random.nextInt(3) == 0) {
                    body[j] = (byte) random.nextInt(3);
                }
            }
            int commandId = random.nextInt(4) == 0 ? random.nextInt() : IDS[random.nextInt(IDS.length)];
            randomBodiesGetAStatusNeverAnException(commandId, body);
        }
    }

    @Property(tries = 2_000)
    void randomBodiesGetAStatusNeverAnException(@ForAll("commandIds") int commandId, @ForAll byte[] body) {
        byte[] pdu = pdu(commandId, body);
        int status = PduStructure.check(pdu);
        assertThat(status).isBetween(0, 0xff);
    }

    @Property(tries = 2_000)
    void composedSubmitAndDeliverSmPass(@ForAll("messages") Object[] m, @ForAll boolean deliver) throws Exception {
        byte[] pdu = compose(m, deliver, 1);
        assertThat(PduStructure.check(pdu)).isZero();
        // and jSMPP decodes it (the fields are valid for it by construction)
        if (deliver) {
            assertThat(DECOMPOSER.deliverSm(pdu).getShortMessage()).isEqualTo(m[4]);
        } else {
            assertThat(DECOMPOSER.submitSm(pdu).getShortMessage()).isEqualTo(m[4]);
        }
    }

    @Property(tries = 2_000)
    void truncatingTheMandatoryPartIsRefused(@ForAll("messages") Object[] m, @ForAll boolean deliver,
                                             @ForAll("fractions") double where) throws Exception {
        byte[] full = compose(m, deliver, 1);
        int mandatoryEnd = full.length - tlvLength(m);
        int cut = PduStructure.HEADER_LENGTH + (int) (where * (mandatoryEnd - PduStructure.HEADER_LENGTH));
        byte[] truncated = withLength(Arrays.copyOf(full, cut));
        assertThat(PduStructure.check(truncated)).isNotZero();
    }

    @Property(tries = 10_000)
    void damagedPdusNeverMakeJsmppThrowUncheckedOnceAccepted(@ForAll("messages") Object[] m,
                                                             @ForAll boolean deliver, @ForAll int position,
                                                             @ForAll byte value) throws Exception {
        byte[] pdu = compose(m, deliver, 7);
        int index = PduStructure.HEADER_LENGTH + Math.floorMod(position, pdu.length - PduStructure.HEADER_LENGTH);
        pdu[index] = value;
        if (PduStructure.check(pdu) != SmppStatus.ROK || !onlyPlainTags(pdu)) {
            return;
        }
        try {
            if (deliver) {
                DECOMPOSER.deliverSm(pdu);
            } else {
                DECOMPOSER.submitSm(pdu);
            }
        } catch (PDUStringException fine) {
            // jSMPP answers these itself with a proper status
        }
    }

    @Property(tries = 1_000)
    void aTlvOfTheWrongFixedSizeIsRefused(@ForAll("fixedTags") int tag, @ForAll("smallSizes") int size) {
        byte[] submit = concat(minimalSubmitBody(), ByteBuffer.allocate(4 + size).putShort((short) tag)
                .putShort((short) size).put(new byte[size]).array());
        int status = PduStructure.check(pdu(0x00000004, submit));
        if (size == expectedSize(tag)) {
            assertThat(status).isZero();
        } else {
            assertThat(status).isEqualTo(SmppStatus.RINVPARLEN);
        }
    }

    private static int expectedSize(int tag) {
        return switch (tag) {
            case 0x0204, 0x020c, 0x020a, 0x020b -> 2;
            case 0x0017 -> 4;
            case 0x0423 -> 3;
            default -> 1;
        };
    }

    /** service_type, addresses, and so on up to an empty short_message. */
    private static byte[] minimalSubmitBody() {
        return new byte[] {0, 0, 0, 0, 0, 0, '1', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    // ----------------------------------------------------------------------------------------------------------

    /** Tags jSMPP parses as standard SMPP 3.4 TLVs of fixed size (checked by PduStructure) or leaves raw. */
    private static boolean onlyPlainTags(byte[] pdu) {
        List<Integer> jsmppOnlyTyped = List.of(0x0428, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x0606,
                0x0607, 0x0608, 0x0609, 0x060a, 0x060b, 0x060d, 0x060e, 0x060f, 0x0610, 0x0611, 0x0612, 0x0613, 0x1501,
                0x1502, 0x0005, 0x0006, 0x0007, 0x0008, 0x000d, 0x000e, 0x000f, 0x0010, 0x0017, 0x0019, 0x001d,
                0x001e, 0x0030, 0x0201, 0x0202, 0x0203, 0x0205, 0x020a, 0x020b, 0x020c, 0x020d, 0x020e, 0x020f,
                0x0210, 0x0302, 0x0303, 0x0304, 0x0381, 0x0420, 0x0421, 0x0422, 0x0423, 0x0425, 0x0426, 0x0427,
                0x0501, 0x1201, 0x1203, 0x1204, 0x130c, 0x1380, 0x1383);
        // walk to the TLVs the way PduStructure does; any tag jSMPP types other than our generator's is excluded
        int pos = PduStructure.HEADER_LENGTH;
        pos = skipCString(pdu, pos) + 2;
        pos = skipCString(pdu, pos) + 2;
        pos = skipCString(pdu, pos) + 3;
        pos = skipCString(pdu, pos);
        pos = skipCString(pdu, pos) + 4;
        int smLength = pdu[pos] & 0xff;
        pos += 1 + smLength;
        while (pos + 4 <= pdu.length) {
            int tag = ((pdu[pos] & 0xff) << 8) | (pdu[pos + 1] & 0xff);
            int length = ((pdu[pos + 2] & 0xff) << 8) | (pdu[pos + 3] & 0xff);
            if (jsmppOnlyTyped.contains(tag)) {
                return false;
            }
            pos += 4 + length;
        }
        return true;
    }

    private static int skipCString(byte[] b, int pos) {
        while (b[pos] != 0) {
            pos++;
        }
        return pos + 1;
    }

    private static byte[] compose(Object[] m, boolean deliver, int sequence) throws PDUStringException {
        String from = (String) m[0];
        String to = (String) m[1];
        int esm = (Integer) m[2];
        int dc = (Integer) m[3];
        byte[] sm = (byte[]) m[4];
        @SuppressWarnings("unchecked")
        List<Tlv> tlvs = (List<Tlv>) m[5];
        OptionalParameter[] params = tlvs.stream()
                .map(t -> new OptionalParameter.OctetString((short) t.tag(), t.value()))
                .toArray(OptionalParameter[]::new);
        return deliver
                ? COMPOSER.deliverSm(sequence, "CMT", (byte) 3, (byte) 1, from, (byte) 0, (byte) 1, to, (byte) esm,
                        (byte) 0, (byte) 0, (byte) 1, (byte) dc, sm, params)
                : COMPOSER.submitSm(sequence, "CMT", (byte) 3, (byte) 1, from, (byte) 0, (byte) 1, to, (byte) esm,
                        (byte) 0, (byte) 0, null, null, (byte) 1, (byte) 0, (byte) dc, (byte) 0, sm, params);
    }

    private static int tlvLength(Object[] m) {
        @SuppressWarnings("unchecked")
        List<Tlv> tlvs = (List<Tlv>) m[5];
        return TlvCodec.encode(tlvs).length;
    }

    private static byte[] withLength(byte[] pdu) {
        ByteBuffer.wrap(pdu).putInt(0, pdu.length);
        return pdu;
    }

    private static byte[] pdu(int commandId, byte[] body) {
        return ByteBuffer.allocate(16 + body.length).putInt(16 + body.length).putInt(commandId).putInt(0).putInt(1)
                .put(body).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Provide
    Arbitrary<Integer> commandIds() {
        return Arbitraries.oneOf(Arbitraries.of(Arrays.stream(IDS).boxed().toList()), Arbitraries.integers());
    }

    @Provide
    Arbitrary<Integer> fixedTags() {
        return Arbitraries.of(0x0204, 0x020c, 0x020e, 0x020f, 0x0017, 0x0423, 0x020a, 0x0210);
    }

    @Provide
    Arbitrary<Integer> smallSizes() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0.0, 0.999).ofScale(3);
    }

    @Provide
    Arbitrary<Object[]> messages() {
        Arbitrary<String> address = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(15);
        Arbitrary<Tlv> plain = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(2).map(v -> new Tlv(0x0204, v)),
                Arbitraries.bytes().array(byte[].class).ofSize(1).map(v -> new Tlv(0x020e, v)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(60).map(v -> new Tlv(0x0424, v)),
                Combinators.combine(Arbitraries.integers().between(0x1d60, 0x1d62),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(20)).as(Tlv::new));
        return Combinators.combine(address, address, Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255), Arbitraries.bytes().array(byte[].class).ofMaxSize(254),
                plain.list().ofMaxSize(4))
                .as((from, to, esm, dc, sm, tlvs) -> new Object[] {from, to, esm, dc, sm, tlvs});
    }
}
