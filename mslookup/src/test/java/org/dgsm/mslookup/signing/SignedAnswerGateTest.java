package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.mslookup.signing.SigningFixtures.GSUP_HLR;
import static org.dgsm.mslookup.signing.SigningFixtures.KEY_A;
import static org.dgsm.mslookup.signing.SigningFixtures.KEY_B;
import static org.dgsm.mslookup.signing.SigningFixtures.NOW;
import static org.dgsm.mslookup.signing.SigningFixtures.SUFFIX;
import static org.dgsm.mslookup.signing.SigningFixtures.answer;
import static org.dgsm.mslookup.signing.SigningFixtures.at;
import static org.dgsm.mslookup.signing.SigningFixtures.encode;
import static org.dgsm.mslookup.signing.SigningFixtures.homeAnswer;
import static org.dgsm.mslookup.signing.SigningFixtures.ip;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;
import org.junit.jupiter.api.Test;

class SignedAnswerGateTest {

    private static final long GRACE = 250;
    /** The engine's (monotonic) clock starts at 0; the wall clock at NOW. */
    private final AtomicLong wall = new AtomicLong(NOW);
    private final AnswerSigner signer = new AnswerSigner(KEY_A, SUFFIX, new AtomicLong(7)::incrementAndGet);
    private final SignedAnswerGate gate = new SignedAnswerGate(
            new AnswerVerifier(MeshKeyRing.of(KEY_A), SUFFIX, 30_000, Set.of(ip("10.99.0.1"))), GRACE, wall::get);

    @Test
    void passesQueriesThroughUntouched() {
        byte[] query = MslookupQueryEncoder.encode(5, GSUP_HLR, SUFFIX);
        assertThat(gate.onPacket(query, 0)).containsExactly(query);
    }

    @Test
    void passesUndecodableAnswersOnForTheEngineToCount() {
        byte[] garbage = {0, 1, (byte) 0x80, 0, 0, 0, 0, 1, 0, 0, 0, 0, 3, 'a'};
        assertThat(gate.onPacket(garbage, 0)).containsExactly(garbage);
    }

    @Test
    void holdsASignedAnswerUntilItsCompanionArrives() {
        byte[] answer = encode(homeAnswer());
        byte[] companion = signer.sign(answer, NOW);
        assertThat(gate.onPacket(answer, 0)).isEmpty();
        assertThat(gate.heldAnswers()).isEqualTo(1);
        assertThat(gate.nextDeadline()).hasValue(GRACE);
        assertThat(gate.onPacket(companion, 3)).containsExactly(answer);
        assertThat(gate.count(Verdict.Outcome.SIGNED)).isEqualTo(1);
        assertThat(gate.heldAnswers()).isZero();
    }

    @Test
    void releasesAnAnswerWhoseCompanionCameFirst() {
        byte[] answer = encode(homeAnswer());
        assertThat(gate.onPacket(signer.sign(answer, NOW), 0)).isEmpty();
        assertThat(gate.onPacket(answer, 1)).containsExactly(answer);
        assertThat(gate.nextDeadline()).isEmpty();
    }

    @Test
    void dropsAnAnswerWithoutCompanionWhenTheGraceEnds() {
        assertThat(gate.onPacket(encode(homeAnswer()), 0)).isEmpty();
        gate.onTime(GRACE - 1);
        assertThat(gate.heldAnswers()).isEqualTo(1);
        gate.onTime(GRACE);
        assertThat(gate.heldAnswers()).isZero();
        assertThat(gate.count(Verdict.Outcome.NO_COMPANION)).isEqualTo(1);
    }

    @Test
    void dropsALateCompanionsAnswerAndCountsTheMostTellingReason() {
        byte[] answer = encode(homeAnswer());
        byte[] spoofCompanion = new AnswerSigner(KEY_B, SUFFIX).sign(answer, NOW);
        gate.onPacket(answer, 0);
        assertThat(gate.onPacket(spoofCompanion, 1)).isEmpty();
        gate.onTime(GRACE);
        assertThat(gate.count(Verdict.Outcome.UNKNOWN_KEY)).isEqualTo(1);
        assertThat(gate.count(Verdict.Outcome.NO_COMPANION)).isZero();
    }

    @Test
    void letsTheRealAnswerThroughAndDropsASpoofRacingIt() {
        MslookupAnswer real = homeAnswer();
        byte[] realPacket = encode(real);
        byte[] spoof = encode(answer(GSUP_HLR, 0, at("10.66.6.6", 4222), null));
        assertThat(gate.onPacket(spoof, 0)).isEmpty();
        assertThat(gate.onPacket(realPacket, 1)).isEmpty();
        assertThat(gate.onPacket(signer.sign(realPacket, NOW), 2)).containsExactly(realPacket);
        gate.onTime(GRACE);
        assertThat(gate.count(Verdict.Outcome.BAD_MAC)).isEqualTo(1);
    }

    @Test
    void dropsAReplayOfAnAnswerAndItsCompanion() {
        byte[] answer = encode(homeAnswer());
        byte[] companion = signer.sign(answer, NOW);
        gate.onPacket(answer, 0);
        assertThat(gate.onPacket(companion, 1)).containsExactly(answer);
        wall.addAndGet(5_000);
        gate.onPacket(answer, 5_000);
        assertThat(gate.onPacket(companion, 5_001)).isEmpty();
        gate.onTime(5_000 + GRACE);
        assertThat(gate.count(Verdict.Outcome.REPLAYED_NONCE)).isEqualTo(1);
    }

    @Test
    void passesALegacyVillagesAnswerAtOnce() {
        byte[] legacy = encode(answer(GSUP_HLR, 0, at("10.99.0.1", 4222), null));
        assertThat(gate.onPacket(legacy, 0)).containsExactly(legacy);
        assertThat(gate.count(Verdict.Outcome.LEGACY)).isEqualTo(1);
    }

    @Test
    void consumesMalformedCompanions() {
        byte[] broken = SignatureCompanionCodecTest.withText("v=1 kid=k1 ts=1 nonce=00 mac=00");
        assertThat(gate.onPacket(broken, 0)).isEmpty();
        assertThat(gate.malformedCompanions()).isEqualTo(1);
    }

    @Test
    void feedsTheEngineOnlyVerifiedAnswers() {
        MslookupClientEngine engine = new MslookupClientEngine(SUFFIX, 100);
        engine.start(GSUP_HLR, 0, 1000, 0);
        byte[] spoof = encode(answer(GSUP_HLR, 0, at("10.66.6.6", 4222), null));
        byte[] real = encode(homeAnswer());
        List<MslookupReport> reports = new java.util.ArrayList<>();
        for (byte[] packet : List.of(spoof, real, signer.sign(real, NOW))) {
            gate.onPacket(packet, 10).forEach(p -> reports.addAll(engine.onPacket(p, 10)));
        }
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ResultCode.RESULT);
            assertThat(r.v4()).isEqualTo(at("10.23.1.1", 4222));
        });
    }
}
