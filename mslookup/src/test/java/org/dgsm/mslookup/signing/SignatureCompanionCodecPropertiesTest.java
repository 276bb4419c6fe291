package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.mslookup.signing.SigningFixtures.SUFFIX;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.junit.jupiter.api.Test;

/** The companion decoder throws nothing but {@link MalformedPacketException}, whatever it is given. */
class SignatureCompanionCodecPropertiesTest {

    private static final byte[] VALID = SignatureCompanionCodec.encode(SignatureCompanionCodecTest.COMPANION, SUFFIX);

    @Property(tries = 5_000)
    void randomBytesNeverThrowAnythingUndocumented(@ForAll("datagrams") byte[] datagram) {
        decodeOrMalformed(datagram);
    }

    @Provide
    Arbitrary<byte[]> datagrams() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    @Property(tries = 5_000)
    void mutatedCompanionsNeverThrowAnythingUndocumented(@ForAll("mutations") byte[] datagram) {
        decodeOrMalformed(datagram);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        return Arbitraries.longs().map(seed -> mutate(new Random(seed)));
    }

    /** 100,000 seeded mutations (flips, truncations, extensions) of a valid companion: cheap, in a plain test. */
    @Test
    void hundredThousandMutationsDecodeOrFailCleanly() {
        Random random = new Random(20261126);
        int decoded = 0;
        for (int i = 0; i < 100_000; i++) {
            if (decodeOrMalformed(mutate(random))) {
                decoded++;
            }
        }
        assertThat(decoded).as("some mutations (e.g. in the nonce or MAC) still decode").isPositive();
    }

    private static byte[] mutate(Random random) {
        byte[] packet = VALID.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(3);
                for (int i = 0; i < flips; i++) {
                    packet[random.nextInt(packet.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> packet = java.util.Arrays.copyOf(packet, random.nextInt(packet.length));
            case 2 -> {
                packet = java.util.Arrays.copyOf(packet, packet.length + 1 + random.nextInt(8));
                packet[packet.length - 1] = (byte) random.nextInt(256);
            }
            default -> packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
        }
        return packet;
    }

    /** @return true if it decoded */
    private static boolean decodeOrMalformed(byte[] datagram) {
        SignatureCompanionCodec.looksLikeCompanion(datagram, SUFFIX);
        try {
            SignatureCompanion companion = SignatureCompanionCodec.decode(datagram, SUFFIX);
            assertThat(SignatureCompanionCodec.decode(SignatureCompanionCodec.encode(companion, SUFFIX), SUFFIX))
                    .isEqualTo(companion);
            return true;
        } catch (MalformedPacketException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
    }
}
