package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.mslookup.signing.SigningFixtures.GSUP_HLR;
import static org.dgsm.mslookup.signing.SigningFixtures.KEY_A;
import static org.dgsm.mslookup.signing.SigningFixtures.KEY_B;
import static org.dgsm.mslookup.signing.SigningFixtures.NOW;
import static org.dgsm.mslookup.signing.SigningFixtures.SIP_1001;
import static org.dgsm.mslookup.signing.SigningFixtures.SUFFIX;
import static org.dgsm.mslookup.signing.SigningFixtures.answer;
import static org.dgsm.mslookup.signing.SigningFixtures.at;
import static org.dgsm.mslookup.signing.SigningFixtures.homeAnswer;
import static org.dgsm.mslookup.signing.SigningFixtures.ip;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupResult;
import org.junit.jupiter.api.Test;

class AnswerVerifierTest {

    private static final long WINDOW = 30_000;
    private final AtomicLong nonces = new AtomicLong(1000);
    private final AnswerSigner signerA = new AnswerSigner(KEY_A, SUFFIX, nonces::incrementAndGet);
    private final AnswerVerifier verifier = new AnswerVerifier(MeshKeyRing.of(KEY_A), SUFFIX, WINDOW,
            Set.of(ip("10.99.0.1"), ip("fd99::1")));

    private Verdict.Outcome verify(MslookupAnswer answer, SignatureCompanion companion, long now) {
        return verifier.verify(answer, List.of(companion), now).outcome();
    }

    @Test
    void acceptsAnAnswerWithItsCompanion() {
        MslookupAnswer answer = homeAnswer();
        SignatureCompanion companion = signerA.companionFor(answer, NOW);
        Verdict verdict = verifier.verify(answer, List.of(companion), NOW + 40);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.SIGNED);
        assertThat(verdict.companion()).contains(companion);
        assertThat(verdict.detail()).contains("assembly-2026-03");
    }

    @Test
    void acceptsTheCompanionDecodedFromItsPacket() throws Exception {
        MslookupAnswer answer = homeAnswer();
        byte[] packet = signerA.sign(SigningFixtures.encode(answer), NOW);
        assertThat(verify(answer, SignatureCompanionCodec.decode(packet, SUFFIX), NOW)).isEqualTo(Verdict.Outcome.SIGNED);
    }

    @Test
    void rejectsAnAnswerWithoutCompanion() {
        assertThat(verifier.verify(homeAnswer(), List.of(), NOW).outcome()).isEqualTo(Verdict.Outcome.NO_COMPANION);
    }

    @Test
    void ignoresACompanionForAnotherQuery() {
        SignatureCompanion other = signerA.companionFor(answer(SIP_1001, 0, at("10.23.1.1", 4222), null), NOW);
        assertThat(verify(homeAnswer(), other, NOW)).isEqualTo(Verdict.Outcome.NO_COMPANION);
    }

    @Test
    void rejectsACompanionUnderAKeyIdWeDoNotHold() {
        SignatureCompanion companion = new AnswerSigner(KEY_B, SUFFIX).companionFor(homeAnswer(), NOW);
        Verdict verdict = verifier.verify(homeAnswer(), List.of(companion), NOW);
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNKNOWN_KEY);
        assertThat(verdict.detail()).contains("'assembly-2026-09'", "[assembly-2026-03]");
    }

    @Test
    void rejectsACompanionMadeWithAWrongSecretUnderOurKeyId() {
        MeshKey forged = new MeshKey(KEY_A.keyId(), new byte[32]);
        SignatureCompanion companion = new AnswerSigner(forged, SUFFIX).companionFor(homeAnswer(), NOW);
        assertThat(verify(homeAnswer(), companion, NOW)).isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void rejectsAnAlteredAge() {
        SignatureCompanion companion = signerA.companionFor(answer(GSUP_HLR, 7, at("10.23.1.1", 4222), null), NOW);
        assertThat(verify(answer(GSUP_HLR, 0, at("10.23.1.1", 4222), null), companion, NOW))
                .isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void rejectsAnAlteredAddress() {
        SignatureCompanion companion = signerA.companionFor(homeAnswer(), NOW);
        assertThat(verify(answer(GSUP_HLR, 0, at("10.66.6.6", 4222), null), companion, NOW))
                .isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void rejectsAnAlteredPort() {
        SignatureCompanion companion = signerA.companionFor(homeAnswer(), NOW);
        assertThat(verify(answer(GSUP_HLR, 0, at("10.23.1.1", 4223), null), companion, NOW))
                .isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void rejectsAnAddedIpv6Address() {
        SignatureCompanion companion = signerA.companionFor(homeAnswer(), NOW);
        assertThat(verify(answer(GSUP_HLR, 0, at("10.23.1.1", 4222), at("fd66::6", 4222)), companion, NOW))
                .isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void rejectsAnAlteredTimestamp() {
        SignatureCompanion real = signerA.companionFor(homeAnswer(), NOW - 60_000);
        SignatureCompanion moved = new SignatureCompanion(real.packetId(), real.query(), real.keyId(), NOW,
                real.nonce(), real.mac());
        assertThat(verify(homeAnswer(), moved, NOW)).isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void rejectsAnOldTimestampButAcceptsOneAtTheEdgeOfTheWindow() {
        MslookupAnswer answer = homeAnswer();
        assertThat(verify(answer, signerA.companionFor(answer, NOW - WINDOW - 1), NOW))
                .isEqualTo(Verdict.Outcome.OUTSIDE_REPLAY_WINDOW);
        assertThat(verify(answer, signerA.companionFor(answer, NOW - WINDOW), NOW)).isEqualTo(Verdict.Outcome.SIGNED);
    }

    @Test
    void rejectsATimestampTooFarInTheFuture() {
        MslookupAnswer answer = homeAnswer();
        assertThat(verify(answer, signerA.companionFor(answer, NOW + WINDOW + 1), NOW))
                .isEqualTo(Verdict.Outcome.OUTSIDE_REPLAY_WINDOW);
    }

    @Test
    void rejectsAReplayedCompanionWithinTheWindow() {
        MslookupAnswer answer = homeAnswer();
        SignatureCompanion companion = signerA.companionFor(answer, NOW);
        assertThat(verify(answer, companion, NOW)).isEqualTo(Verdict.Outcome.SIGNED);
        assertThat(verify(answer, companion, NOW + 5_000)).isEqualTo(Verdict.Outcome.REPLAYED_NONCE);
        assertThat(verify(answer, companion, NOW + WINDOW + 1)).isEqualTo(Verdict.Outcome.OUTSIDE_REPLAY_WINDOW);
    }

    @Test
    void forgetsNoncesOnlyAfterTwiceTheWindow() {
        MslookupAnswer answer = homeAnswer();
        verify(answer, signerA.companionFor(answer, NOW), NOW);
        verifier.verify(answer, List.of(), NOW + 2 * WINDOW - 1);
        assertThat(verifier.rememberedNonces()).isEqualTo(1);
        verifier.verify(answer, List.of(), NOW + 2 * WINDOW);
        assertThat(verifier.rememberedNonces()).isZero();
    }

    @Test
    void acceptsThePreviousKeyDuringRolloverAndNotAfterItsRemoval() {
        MslookupAnswer answer = homeAnswer();
        AnswerVerifier rolling = new AnswerVerifier(MeshKeyRing.of(KEY_B, KEY_A), SUFFIX, WINDOW, Set.of());
        AnswerSigner signerB = new AnswerSigner(KEY_B, SUFFIX, nonces::incrementAndGet);
        assertThat(rolling.verify(answer, List.of(signerA.companionFor(answer, NOW)), NOW).outcome())
                .isEqualTo(Verdict.Outcome.SIGNED);
        assertThat(rolling.verify(answer, List.of(signerB.companionFor(answer, NOW)), NOW).outcome())
                .isEqualTo(Verdict.Outcome.SIGNED);
        AnswerVerifier revoked = new AnswerVerifier(MeshKeyRing.of(KEY_B), SUFFIX, WINDOW, Set.of());
        assertThat(revoked.verify(answer, List.of(signerA.companionFor(answer, NOW)), NOW).outcome())
                .isEqualTo(Verdict.Outcome.UNKNOWN_KEY);
    }

    @Test
    void picksTheValidCompanionAmongForgedOnes() {
        MslookupAnswer answer = homeAnswer();
        SignatureCompanion forged = new AnswerSigner(new MeshKey(KEY_A.keyId(), new byte[16]), SUFFIX)
                .companionFor(answer, NOW);
        SignatureCompanion real = signerA.companionFor(answer, NOW);
        assertThat(verifier.verify(answer, List.of(forged, real), NOW).companion()).contains(real);
        assertThat(verifier.verify(answer, List.of(forged), NOW).outcome()).isEqualTo(Verdict.Outcome.BAD_MAC);
    }

    @Test
    void acceptsALegacyVillagesAnswerWithoutCompanion() {
        assertThat(verifier.verify(answer(GSUP_HLR, 3, at("10.99.0.1", 4222), at("fd99::1", 4222)), List.of(), NOW)
                .outcome()).isEqualTo(Verdict.Outcome.LEGACY);
    }

    @Test
    void rejectsAnUnsignedAnswerMixingALegacyAndAnotherAddress() {
        MslookupResult mixed = new MslookupResult(0, at("10.99.0.1", 4222), at("fd66::6", 4222));
        assertThat(verifier.isLegacy(mixed)).isFalse();
        assertThat(verifier.verify(new MslookupAnswer(1, GSUP_HLR, mixed), List.of(), NOW).outcome())
                .isEqualTo(Verdict.Outcome.NO_COMPANION);
    }
}
