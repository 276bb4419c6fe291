package org.dgsm.smpp.message;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TLV stream codec against random octets, damaged streams and random TLV lists. */
class TlvCodecPropertiesTest {

    @Test
    void hundredThousandRandomStreamsDecodeOrRaiseMalformedTlv() {
        SplittableRandom random = new SplittableRandom(0x71c);
        for (int i = 0; i < 100_000; i++) {
            byte[] octets = new byte[random.nextInt(64)];
            random.nextBytes(octets);
            randomOctetsDecodeOrRaiseMalformedTlv(octets);
        }
    }

    @Property(tries = 2_000)
    void randomOctetsDecodeOrRaiseMalformedTlv(@ForAll byte[] octets) {
        try {
            List<Tlv> tlvs = TlvCodec.decode(octets);
            assertThat(TlvCodec.encode(tlvs)).isEqualTo(octets);
        } catch (MalformedTlvException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 3_000)
    void tlvListsRoundTrip(@ForAll("tlvLists") List<Tlv> tlvs) throws MalformedTlvException {
        assertThat(TlvCodec.decode(TlvCodec.encode(tlvs))).isEqualTo(tlvs);
    }

    @Property(tries = 3_000)
    void everyTruncationInsideATlvIsRefused(@ForAll("tlvLists") List<Tlv> tlvs, @ForAll("fractions") double where) {
        byte[] encoded = TlvCodec.encode(tlvs);
        int cut = (int) (where * encoded.length);
        int boundary = 0;
        boolean atBoundary = cut == 0;
        for (Tlv t : tlvs) {
            boundary += 4 + t.length();
            atBoundary |= boundary == cut;
        }
        byte[] truncated = Arrays.copyOf(encoded, cut);
        if (atBoundary) {
            return; // a cut between two TLVs leaves a shorter, valid list
        }
        assertThatThrownBy(() -> TlvCodec.decode(truncated)).isInstanceOf(MalformedTlvException.class);
    }

    @Property(tries = 5_000)
    void damagedStreamsDecodeOrRaiseMalformedTlv(@ForAll("tlvLists") List<Tlv> tlvs, @ForAll int position,
                                                 @ForAll byte value) {
        byte[] encoded = TlvCodec.encode(tlvs);
        if (encoded.length == 0) {
            return;
        }
        encoded[Math.floorMod(position, encoded.length)] = value;
        try {
            TlvCodec.decode(encoded);
        } catch (MalformedTlvException expected) {
            // fine: only this exception may leave the decoder
        }
    }

    @Provide
    Arbitrary<List<Tlv>> tlvLists() {
        Arbitrary<Tlv> tlv = Combinators.combine(Arbitraries.integers().between(0, 0xffff),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40)).as(Tlv::new);
        return tlv.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0.0, 0.999).ofScale(3);
    }
}
