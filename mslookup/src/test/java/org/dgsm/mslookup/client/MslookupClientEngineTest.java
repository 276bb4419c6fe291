package org.dgsm.mslookup.client;

import org.dgsm.mslookup.wire.MdnsVectors;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spec §4 and §5, with explicit times in ms. */
class MslookupClientEngineTest {

    private static final String SUFFIX = "mdns.osmocom.org";
    private static final MslookupQuery SIP_1001 = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));

    private final MslookupClientEngine engine = new MslookupClientEngine(SUFFIX, 0x520e);

    private static ServiceAddress v4(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] answer(MslookupQuery query, long age, String ip) {
        return answer(0x4242, query, age, ip);
    }

    private static byte[] answer(int packetId, MslookupQuery query, long age, String ip) {
        MslookupResult result = new MslookupResult(age, v4(ip, 5060), null);
        return MslookupAnswerEncoder.encode(new MslookupAnswer(packetId, query, result), SUFFIX);
    }

    private static MslookupReport result(long id, long age, String ip, boolean last) {
        return new MslookupReport(id, SIP_1001, ResultCode.RESULT, last, age, v4(ip, 5060), null);
    }

    private static MslookupReport notFound(long id) {
        return new MslookupReport(id, SIP_1001, ResultCode.NOT_FOUND, true, 0, null, null);
    }

    private static MslookupReport none(long id, long age) {
        return new MslookupReport(id, SIP_1001, ResultCode.NONE, true, age, null, null);
    }

    @Test
    void startReturnsTheQueryPacketWithConsecutivePacketIds() {
        MslookupClientEngine wrapping = new MslookupClientEngine(SUFFIX, 0xfffe);

        StartedRequest first = wrapping.start(SIP_1001, 0, 0, 0);
        StartedRequest second = wrapping.start(SIP_1001, 0, 0, 0);
        StartedRequest third = wrapping.start(SIP_1001, 0, 0, 0);

        assertThat(first.queryPacket()).isEqualTo(MslookupQueryEncoder.encode(0xfffe, SIP_1001, SUFFIX));
        assertThat(second.queryPacket()).isEqualTo(MslookupQueryEncoder.encode(0xffff, SIP_1001, SUFFIX));
        assertThat(third.queryPacket()).isEqualTo(MslookupQueryEncoder.encode(0, SIP_1001, SUFFIX));
        assertThat(List.of(first.requestId(), second.requestId(), third.requestId())).doesNotHaveDuplicates();
    }

    @Test
    void startArmsMinDelayTimerFirst() {
        engine.start(SIP_1001, 500, 3000, 100);

        assertThat(engine.nextDeadline()).hasValue(600);
        assertThat(engine.hasPendingRequests()).isTrue();
    }

    @Test
    void startWithoutMinDelayArmsTimeout() {
        engine.start(SIP_1001, 0, 5000, 100);

        assertThat(engine.nextDeadline()).hasValue(5100);
    }

    @Test
    void zeroTimeoutBecomesMinDelay() {
        long id = engine.start(SIP_1001, 10_000, 0, 0).requestId();
        engine.onPacket(answer(SIP_1001, 9, "10.0.0.9"), 100);

        assertThat(engine.onTime(9_999)).isEmpty();
        assertThat(engine.onTime(10_000)).containsExactly(result(id, 9, "10.0.0.9", true));
        assertThat(engine.hasPendingRequests()).isFalse();
        assertThat(engine.nextDeadline()).isEmpty();
    }

    @Test
    void zeroMinDelayAndTimeoutBecomeOneSecond() {
        long id = engine.start(SIP_1001, 0, 0, 0).requestId();

        assertThat(engine.nextDeadline()).hasValue(1000);
        assertThat(engine.onTime(999)).isEmpty();
        assertThat(engine.onTime(1000)).containsExactly(notFound(id));
        assertThat(engine.hasPendingRequests()).isFalse();
    }

    @Test
    void timeoutNotAboveMinDelayEndsAtMinDelay() {
        long id = engine.start(SIP_1001, 2000, 1000, 0).requestId();

        assertThat(engine.onTime(1000)).isEmpty();
        assertThat(engine.onTime(2000)).containsExactly(notFound(id));
        assertThat(engine.hasPendingRequests()).isFalse();
    }

    @Test
    void withoutMinDelayEveryYoungerAnswerIsReportedAtOnce() {
        long id = engine.start(SIP_1001, 0, 5000, 0).requestId();

        assertThat(engine.onPacket(answer(SIP_1001, 5, "10.0.0.5"), 10))
                .containsExactly(result(id, 5, "10.0.0.5", false));
        assertThat(engine.onPacket(answer(SIP_1001, 5, "10.0.0.55"), 20)).isEmpty();
        assertThat(engine.onPacket(answer(SIP_1001, 7, "10.0.0.7"), 30)).isEmpty();
        assertThat(engine.onPacket(answer(SIP_1001, 3, "10.0.0.3"), 40))
                .containsExactly(result(id, 3, "10.0.0.3", false));
        assertThat(engine.onTime(4999)).isEmpty();
        assertThat(engine.onTime(5000)).containsExactly(none(id, 3));
    }

    @Test
    void tiesKeepTheEarlierAnswer() {
        long id = engine.start(SIP_1001, 500, 500, 0).requestId();
        engine.onPacket(answer(SIP_1001, 4, "10.0.0.1"), 10);
        engine.onPacket(answer(SIP_1001, 4, "10.0.0.2"), 20);

        assertThat(engine.onTime(500)).containsExactly(result(id, 4, "10.0.0.1", true));
    }

    @Test
    void ageZeroEndsTheRequestAtOnceEvenDuringMinDelay() {
        long id = engine.start(SIP_1001, 1000, 3000, 0).requestId();

        assertThat(engine.onPacket(answer(SIP_1001, 0, "127.0.0.1"), 50))
                .containsExactly(result(id, 0, "127.0.0.1", true));
        assertThat(engine.hasPendingRequests()).isFalse();
        assertThat(engine.nextDeadline()).isEmpty();
        assertThat(engine.onPacket(answer(SIP_1001, 0, "127.0.0.2"), 60)).isEmpty();
        assertThat(engine.onTime(5000)).isEmpty();
        assertThat(engine.unmatchedAnswers()).isEqualTo(1);
    }

    @Test
    void ageZeroAfterAnOlderReportedResultEndsWithIt() {
        long id = engine.start(SIP_1001, 0, 3000, 0).requestId();
        engine.onPacket(answer(SIP_1001, 6, "10.0.0.6"), 10);

        assertThat(engine.onPacket(answer(SIP_1001, 0, "10.0.0.1"), 20))
                .containsExactly(result(id, 0, "10.0.0.1", true));
        assertThat(engine.hasPendingRequests()).isFalse();
    }

    @Test
    void minDelaySuppressesIntermediateReports() {
        long id = engine.start(SIP_1001, 500, 3000, 0).requestId();

        assertThat(engine.onPacket(answer(SIP_1001, 5, "10.0.0.5"), 100)).isEmpty();
        assertThat(engine.onPacket(answer(SIP_1001, 3, "10.0.0.3"), 200)).isEmpty();
        assertThat(engine.onTime(500)).containsExactly(result(id, 3, "10.0.0.3", false));
        assertThat(engine.nextDeadline()).hasValue(3000);
        assertThat(engine.onPacket(answer(SIP_1001, 2, "10.0.0.2"), 1000))
                .containsExactly(result(id, 2, "10.0.0.2", false));
        assertThat(engine.onPacket(answer(SIP_1001, 4, "10.0.0.4"), 1100)).isEmpty();
        assertThat(engine.onTime(3000)).containsExactly(none(id, 2));
        assertThat(engine.hasPendingRequests()).isFalse();
    }

    @Test
    void minDelayWithoutAnswerKeepsListeningUntilTimeout() {
        long id = engine.start(SIP_1001, 500, 3000, 0).requestId();

        assertThat(engine.onTime(500)).isEmpty();
        assertThat(engine.nextDeadline()).hasValue(3000);
        assertThat(engine.onPacket(answer(SIP_1001, 2, "10.0.0.2"), 1000))
                .containsExactly(result(id, 2, "10.0.0.2", false));
        assertThat(engine.onTime(3000)).containsExactly(none(id, 2));
    }

    @Test
    void timeoutWithoutAnyAnswerReportsNotFound() {
        long id = engine.start(SIP_1001, 500, 3000, 0).requestId();

        assertThat(engine.onTime(500)).isEmpty();
        assertThat(engine.onTime(2999)).isEmpty();
        assertThat(engine.onTime(3000)).containsExactly(notFound(id));
    }

    @Test
    void cliDefaultsReportOneYoungestAnswerAtOneSecond() {
        long id = engine.start(SIP_1001, 1000, 1000, 0).requestId();
        engine.onPacket(answer(SIP_1001, 6, "10.2.2.22"), 10);
        engine.onPacket(answer(SIP_1001, 1, "10.1.1.1"), 20);

        assertThat(engine.onTime(999)).isEmpty();
        assertThat(engine.onTime(1000)).containsExactly(result(id, 1, "10.1.1.1", true));
        assertThat(engine.hasPendingRequests()).isFalse();
    }

    @Test
    void cliDefaultsReportAgeZeroAnswerAtOnce() {
        long id = engine.start(SIP_1001, 1000, 1000, 0).requestId();

        assertThat(engine.onPacket(answer(SIP_1001, 0, "127.0.0.1"), 3))
                .containsExactly(result(id, 0, "127.0.0.1", true));
    }

    @Test
    void cliDefaultsReportNotFoundAtOneSecond() {
        long id = engine.start(SIP_1001, 1000, 1000, 0).requestId();

        assertThat(engine.onTime(1000)).containsExactly(notFound(id));
    }

    @Test
    void matchesByNameAndIgnoresPacketId() {
        long id = engine.start(SIP_1001, 0, 1000, 0).requestId();

        assertThat(engine.onPacket(answer(0x0bad, SIP_1001, 3, "10.0.0.3"), 10))
                .containsExactly(result(id, 3, "10.0.0.3", false));
    }

    @Test
    void answersForOtherQuestionsAreNotMatched() {
        engine.start(new MslookupQuery("sip.voice", MslookupId.msisdn("123456")), 0, 1000, 0);

        assertThat(engine.onPacket(answer(new MslookupQuery("sip.voice", MslookupId.imsi("123456")), 1, "10.0.0.1"),
                1)).isEmpty();
        assertThat(engine.onPacket(answer(new MslookupQuery("smpp.sms", MslookupId.msisdn("123456")), 1,
                "10.0.0.1"), 2)).isEmpty();
        assertThat(engine.onPacket(answer(new MslookupQuery("SIP.voice", MslookupId.msisdn("123456")), 1,
                "10.0.0.1"), 3)).isEmpty();
        assertThat(engine.onPacket(answer(new MslookupQuery("sip.voice", MslookupId.msisdn("1234567")), 1,
                "10.0.0.1"), 4)).isEmpty();
        assertThat(engine.unmatchedAnswers()).isEqualTo(4);
        assertThat(engine.malformedPackets()).isZero();
    }

    @Test
    void mostRecentlyStartedRequestForTheSameQuestionGetsTheAnswer() {
        long older = engine.start(SIP_1001, 0, 1000, 0).requestId();
        long newer = engine.start(SIP_1001, 0, 1000, 10).requestId();

        assertThat(engine.onPacket(answer(SIP_1001, 0, "10.0.0.1"), 20))
                .containsExactly(result(newer, 0, "10.0.0.1", true));
        assertThat(engine.onPacket(answer(SIP_1001, 0, "10.0.0.2"), 30))
                .containsExactly(result(older, 0, "10.0.0.2", true));
    }

    @Test
    void ownQueriesLoopedBackAreIgnoredAndCounted() {
        StartedRequest started = engine.start(SIP_1001, 0, 1000, 0);

        assertThat(engine.onPacket(started.queryPacket(), 1)).isEmpty();
        assertThat(engine.ignoredQueries()).isEqualTo(1);
        assertThat(engine.malformedPackets()).isZero();
        assertThat(engine.hasPendingRequests()).isTrue();
    }

    @Test
    void malformedAnswersAreDroppedAndCounted() {
        engine.start(SIP_1001, 0, 1000, 0);

        assertThat(engine.onPacket(new byte[] {1, 2, (byte) 0x80, 0, 0, 0, 0, 1, 0, 0, 0, 0, 7}, 1)).isEmpty();
        assertThat(engine.onPacket(new byte[3], 2)).isEmpty();
        assertThat(engine.onPacket(MdnsVectors.named("n07").packet(), 3)).isEmpty();
        assertThat(engine.malformedPackets()).isEqualTo(3);
        assertThat(engine.hasPendingRequests()).isTrue();
    }

    @Test
    void acceptsSectionBVectorN05WithAuthoritativeFlagAndTtl() {
        long id = engine.start(SIP_1001, 0, 1000, 0).requestId();

        assertThat(engine.onPacket(MdnsVectors.named("n05").packet(), 5))
                .containsExactly(new MslookupReport(id, SIP_1001, ResultCode.RESULT, false, 7, v4("10.9.8.7", 5060),
                        null));
    }

    @Test
    void cancelEndsRequestWithoutReport() {
        long id = engine.start(SIP_1001, 0, 1000, 0).requestId();

        engine.cancel(id);

        assertThat(engine.hasPendingRequests()).isFalse();
        assertThat(engine.onTime(2000)).isEmpty();
        assertThat(engine.onPacket(answer(SIP_1001, 0, "10.0.0.1"), 2001)).isEmpty();
        engine.cancel(id); // unknown ids are ignored
    }

    @Test
    void dueTimersFireBeforeAPacketIsHandled() {
        long id = engine.start(SIP_1001, 500, 500, 0).requestId();

        assertThat(engine.onPacket(answer(SIP_1001, 1, "10.0.0.1"), 500)).containsExactly(notFound(id));
    }

    @Test
    void lateTimeCallFiresMinDelayAndTimeoutInOrder() {
        long id = engine.start(SIP_1001, 500, 3000, 0).requestId();
        engine.onPacket(answer(SIP_1001, 2, "10.0.0.2"), 100);

        assertThat(engine.onTime(10_000))
                .containsExactly(result(id, 2, "10.0.0.2", false), none(id, 2));
    }

    @Test
    void timersOfSeveralRequestsFireEarliestFirst() {
        MslookupQuery other = new MslookupQuery("smpp.sms", MslookupId.msisdn("1001"));
        long slow = engine.start(SIP_1001, 0, 3000, 0).requestId();
        long fast = engine.start(other, 0, 1000, 500).requestId();

        assertThat(engine.nextDeadline()).hasValue(1500);
        List<MslookupReport> reports = engine.onTime(4000);

        assertThat(reports).extracting(MslookupReport::requestId).containsExactly(fast, slow);
        assertThat(reports.get(0).query()).isEqualTo(other);
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> engine.start(SIP_1001, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min-delay");
        assertThatThrownBy(() -> engine.start(SIP_1001, 0, 0x1_0000_0000L, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new MslookupClientEngine(SUFFIX, 0x10000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MslookupClientEngine("bad..suffix", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsendableQueryOpensNoRequest() {
        MslookupQuery dots = new MslookupQuery("....", MslookupId.msisdn("1"));

        assertThatThrownBy(() -> engine.start(dots, 0, 1000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(engine.hasPendingRequests()).isFalse();
        StartedRequest next = engine.start(SIP_1001, 0, 1000, 0);
        assertThat(next.queryPacket()).isEqualTo(MslookupQueryEncoder.encode(0x520e, SIP_1001, SUFFIX));
    }

    @Test
    void acceptsLargestTimes() {
        long id = engine.start(SIP_1001, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0).requestId();

        assertThat(engine.nextDeadline()).hasValue(0xFFFF_FFFFL);
        assertThat(engine.onTime(0xFFFF_FFFFL)).containsExactly(notFound(id));
    }
}
