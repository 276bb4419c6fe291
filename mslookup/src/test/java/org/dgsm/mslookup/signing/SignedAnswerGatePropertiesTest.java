package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.mslookup.signing.SigningFixtures.KEY_A;
import static org.dgsm.mslookup.signing.SigningFixtures.NOW;
import static org.dgsm.mslookup.signing.SigningFixtures.SUFFIX;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives on the group, the gate never throws, and the only answer content it lets through is the signed
 * one, once (mutations of unsigned cosmetic fields such as the packet id or the TTL keep an answer valid).
 */
class SignedAnswerGatePropertiesTest {

    @Test
    void mutatedAnswersAndCompanionsNeverThrowAndNeverPassUnverified() {
        byte[] answer = SigningFixtures.encode(SigningFixtures.homeAnswer());
        byte[] companion = new AnswerSigner(KEY_A, SUFFIX).sign(answer, NOW);
        AnswerVerifier verifier = new AnswerVerifier(MeshKeyRing.of(KEY_A), SUFFIX, 30_000, Set.of());
        SignedAnswerGate gate = new SignedAnswerGate(verifier, 250, () -> NOW);
        Random random = new Random(42);
        int passed = 0;
        int signedPassed = 0;
        for (int i = 0; i < 5_000; i++) {
            byte[] packet = (random.nextBoolean() ? answer : companion).clone();
            packet[random.nextInt(packet.length)] ^= (byte) (1 << random.nextInt(8));
            List<byte[]> out = gate.onPacket(packet, i * 50L); // few packets within one grace: keeps it fast
            for (byte[] through : out) {
                // besides the signed answer, only packets the engine drops anyway (queries, malformed) pass
                MslookupAnswer decoded;
                try {
                    decoded = new MslookupAnswerDecoder(SUFFIX).decode(through);
                } catch (MalformedPacketException e) {
                    decoded = null;
                }
                boolean isQuery = through.length >= 12 && (through[2] & 0x80) == 0;
                if (decoded != null && !isQuery) {
                    assertThat(decoded.query()).isEqualTo(SigningFixtures.homeAnswer().query());
                    assertThat(decoded.result()).isEqualTo(SigningFixtures.homeAnswer().result());
                    signedPassed++;
                }
                passed++;
            }
        }
        assertThat(passed).as("malformed packets are passed on for the engine to count").isGreaterThan(signedPassed);
        assertThat(signedPassed).as("one companion nonce proves one answer").isLessThanOrEqualTo(1);
    }
}
