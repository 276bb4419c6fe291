package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.mslookup.signing.SigningFixtures.GSUP_HLR;
import static org.dgsm.mslookup.signing.SigningFixtures.KEY_A;
import static org.dgsm.mslookup.signing.SigningFixtures.NOW;
import static org.dgsm.mslookup.signing.SigningFixtures.SUFFIX;
import static org.dgsm.mslookup.signing.SigningFixtures.homeAnswer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;
import org.junit.jupiter.api.Test;

class SigningResponderTest {

    private final MslookupResponder plain = new MslookupResponder(SUFFIX,
            q -> q.equals(GSUP_HLR) ? Optional.of(homeAnswer().result()) : Optional.empty());
    private final SigningResponder responder = new SigningResponder(plain, new AnswerSigner(KEY_A, SUFFIX));

    @Test
    void sendsTheUnchangedAnswerFollowedByAVerifiableCompanion() throws Exception {
        List<byte[]> out = responder.onPacket(MslookupQueryEncoder.encode(0x4242, GSUP_HLR, SUFFIX), NOW);
        assertThat(out).hasSize(2);
        MslookupAnswer answer = new MslookupAnswerDecoder(SUFFIX).decode(out.get(0));
        assertThat(out.get(0)).isEqualTo(MslookupAnswerEncoder.encode(
                new MslookupAnswer(0x4242, GSUP_HLR, homeAnswer().result()), SUFFIX));
        SignatureCompanion companion = SignatureCompanionCodec.decode(out.get(1), SUFFIX);
        assertThat(companion.packetId()).isEqualTo(0x4242);
        assertThat(companion.timestampMillis()).isEqualTo(NOW);
        AnswerVerifier verifier = new AnswerVerifier(MeshKeyRing.of(KEY_A), SUFFIX, 30_000, Set.of());
        assertThat(verifier.verify(answer, List.of(companion), NOW + 10).outcome()).isEqualTo(Verdict.Outcome.SIGNED);
    }

    @Test
    void staysSilentWhereTheResponderIsSilent() {
        byte[] unknown = MslookupQueryEncoder.encode(1, new org.dgsm.mslookup.wire.MslookupQuery("sip.voice",
                org.dgsm.mslookup.wire.MslookupId.msisdn("9")), SUFFIX);
        assertThat(responder.onPacket(unknown, NOW)).isEmpty();
        assertThat(responder.onPacket(new byte[] {1, 2, 3}, NOW)).isEmpty();
        assertThat(plain.queriesSeen()).isEqualTo(1);
    }

    @Test
    void ignoresCompanionsOnTheGroup() {
        byte[] companion = new AnswerSigner(KEY_A, SUFFIX).sign(
                MslookupAnswerEncoder.encode(homeAnswer(), SUFFIX), NOW);
        assertThat(responder.onPacket(companion, NOW)).isEmpty();
        assertThat(plain.queriesSeen()).isZero();
    }
}
