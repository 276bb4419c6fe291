package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupSession;
import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.Subscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.TestHlr.hex;
import static org.dgsm.hlr.core.TestHlr.name;

/** Update Location with Insert Subscriber Data (hlr-auc.md §3) and the Cancel Location of issue 4. */
class LocationUpdateTest {

    private static final String IMSI = "901700000000001";
    private static final String IMSI_IE = "010809710000000000f1";
    private static final String UNKNOWN_IMSI = "901700000009999";

    @TempDir
    Path dir;

    private TestHlr hlr;

    @AfterEach
    void close() {
        if (hlr != null) {
            hlr.close();
        }
    }

    private TestHlr start(HlrSettings settings) {
        hlr = new TestHlr(dir, settings);
        hlr.store.create(IMSI, "1001");
        return hlr.connect("msc-A1", "msc-A2", "sgsn-1", "sgsn-2", "hlr-B");
    }

    private TestHlr start() {
        return start(HlrSettings.defaults());
    }

    private static GsupMessage ul(String imsi, Integer cnDomain) {
        return GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, imsi).cnDomain(cnDomain).build();
    }

    private static GsupMessage ulCs() {
        return ul(IMSI, GsupMessage.CN_DOMAIN_CS);
    }

    private static GsupMessage isdResult() {
        return GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, IMSI).build();
    }

    private static GsupMessage isdError() {
        return GsupMessage.builder(GsupMessageType.INSERT_DATA_ERROR, IMSI).cause(0x11).build();
    }

    /** A whole CS or PS location update at a peer, ending with the UL Result. */
    private void attach(String peer, Integer cnDomain) {
        List<GsupSend> sends = hlr.receive(peer, ul(IMSI, cnDomain));
        assertThat(sends).last().extracting(s -> s.message().type()).isEqualTo(GsupMessageType.INSERT_DATA_REQUEST);
        assertThat(hlr.receive(peer, isdResult())).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.UPDATE_LOCATION_RESULT);
    }

    private Subscriber stored() {
        return hlr.store.findByImsi(IMSI).orElseThrow();
    }

    private static void assertOneError(List<GsupSend> sends, String peer, int cause) {
        assertThat(sends).hasSize(1);
        assertThat(sends.get(0).peer()).isEqualTo(name(peer));
        assertThat(sends.get(0).message().type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_ERROR);
        assertThat(sends.get(0).message().cause()).isEqualTo(cause);
    }

    @Test
    void sendsInsertSubscriberDataWithTheMsisdnAndAnswersAfterItsResult() {
        start();
        List<GsupSend> isd = hlr.receive("msc-A1", ulCs());
        assertThat(isd).extracting(GsupSend::peer).containsExactly(name("msc-A1"));
        assertThat(hex(isd.get(0))).isEqualTo("10" + IMSI_IE + "0803020110" + "280102");

        List<GsupSend> result = hlr.receive("msc-A1", isdResult());
        assertThat(result).extracting(GsupSend::peer).containsExactly(name("msc-A1"));
        assertThat(hex(result.get(0))).isEqualTo("06" + IMSI_IE);
        assertThat(hlr.core.pendingLocationUpdates()).isZero();
        assertThat(hlr.core.nextDeadline()).isEmpty();
    }

    @Test
    void recordsTheVlrAndTheTimeBeforeSendingInsertSubscriberData() {
        start();
        hlr.nowMillis += 1_500;
        hlr.receive("msc-A1", ulCs());
        Subscriber s = stored();
        assertThat(s.vlrNumber()).isEqualTo("msc-A1");
        assertThat(s.vlrViaProxy()).isNull();
        assertThat(s.lastLuSeen()).isEqualTo(TestHlr.START.plusSeconds(1));
        assertThat(s.sgsnNumber()).isNull();
    }

    @Test
    void treatsAnUpdateLocationWithoutCnDomainAsPs() {
        start();
        List<GsupSend> isd = hlr.receive("sgsn-1", ul(IMSI, null));
        assertThat(hex(isd.get(0))).isEqualTo("10" + IMSI_IE + "0803020110" + "05071001011202012a" + "280101");
        assertThat(stored().sgsnNumber()).isEqualTo("sgsn-1");
        assertThat(stored().lastLuSeenPs()).isEqualTo(TestHlr.START);
        assertThat(stored().vlrNumber()).isNull();
    }

    @Test
    void echoesTheMessageClassAndSessionInInsertDataAndResult() {
        start();
        GsupMessage request = ulCs().toBuilder().messageClass(1).session(new GsupSession(7, 1)).build();
        GsupMessage isd = hlr.receive("msc-A1", request).get(0).message();
        assertThat(isd.messageClass()).isEqualTo(1);
        assertThat(isd.session()).isEqualTo(new GsupSession(7, GsupSession.CONTINUE));
        GsupMessage result = hlr.receive("msc-A1", isdResult()).get(0).message();
        assertThat(result.messageClass()).isEqualTo(1);
        assertThat(result.session()).isEqualTo(new GsupSession(7, GsupSession.END));
    }

    @Test
    void rejectsAnUnknownImsiWithPlmnNotAllowedByDefault() {
        start();
        assertOneError(hlr.receive("msc-A1", ul(UNKNOWN_IMSI, 2)), "msc-A1", 0x0b);
        assertThat(hlr.core.pendingLocationUpdates()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x02, 0x11})
    void rejectsAnUnknownImsiWithTheConfiguredCause(int cause) {
        start(HlrSettings.defaults().withRejectCauses(cause, 0x11));
        assertOneError(hlr.receive("msc-A1", ul(UNKNOWN_IMSI, 2)), "msc-A1", cause);
    }

    @Test
    void rejectsCsWhenCsAccessIsOffWithoutRecordingIt() {
        start();
        hlr.store.setNetworkAccess(IMSI, CnDomain.CS, false);
        assertOneError(hlr.receive("msc-A1", ulCs()), "msc-A1", 0x0b);
        assertThat(stored().vlrNumber()).isNull();
        assertThat(hlr.receive("sgsn-1", ul(IMSI, 1))).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.INSERT_DATA_REQUEST);
    }

    @Test
    void rejectsPsWhenPsAccessIsOff() {
        start();
        hlr.store.setNetworkAccess(IMSI, CnDomain.PS, false);
        assertOneError(hlr.receive("sgsn-1", ul(IMSI, 1)), "sgsn-1", 0x07);
        assertThat(stored().sgsnNumber()).isNull();
    }

    @Test
    void answersNetworkFailureToAnInsertDataErrorButKeepsTheRecordedLocation() {
        start();
        hlr.receive("msc-A1", ulCs());
        assertOneError(hlr.receive("msc-A1", isdError()), "msc-A1", 0x11);
        assertThat(stored().vlrNumber()).isEqualTo("msc-A1");
        assertThat(hlr.core.pendingLocationUpdates()).isZero();
    }

    @Test
    void failsWithCause26WhenTheInsertDataResultDoesNotComeWithin30Seconds() {
        start();
        hlr.receive("msc-A1", ulCs());
        assertThat(hlr.core.nextDeadline()).isEqualTo(OptionalLong.of(hlr.nowMillis + 30_000));

        assertThat(hlr.advance(Duration.ofMillis(29_999))).isEmpty();
        assertOneError(hlr.advance(Duration.ofMillis(1)), "msc-A1", 0x26);
        assertThat(hlr.core.nextDeadline()).isEmpty();
        assertThat(hlr.receive("msc-A1", isdResult())).isEmpty();
    }

    @Test
    void usesTheConfiguredLocationUpdateTimeout() {
        start(HlrSettings.defaults().withLocationUpdateTimeout(Duration.ofSeconds(5)));
        hlr.receive("msc-A1", ulCs());
        assertThat(hlr.advance(Duration.ofMillis(4_999))).isEmpty();
        assertOneError(hlr.advance(Duration.ofMillis(1)), "msc-A1", 0x26);
    }

    @Test
    void timesOutSeveralProceduresInDeadlineOrder() {
        start();
        hlr.store.create("901700000000002", "1002");
        hlr.receive("msc-A1", ulCs());
        hlr.nowMillis += 1_000;
        hlr.receive("msc-A2", ul("901700000000002", 2));

        List<GsupSend> first = hlr.advance(Duration.ofMillis(29_000));
        assertThat(first).extracting(s -> s.message().imsi()).containsExactly(IMSI);
        assertThat(hlr.core.nextDeadline()).isEqualTo(OptionalLong.of(hlr.nowMillis + 1_000));
        List<GsupSend> second = hlr.advance(Duration.ofMillis(1_000));
        assertThat(second).extracting(s -> s.message().imsi()).containsExactly("901700000000002");
        assertThat(second).extracting(GsupSend::peer).containsExactly(name("msc-A2"));
    }

    @Test
    void dropsAnInsertDataResultWithoutALocationUpdateInProgress() {
        start();
        assertThat(hlr.receive("msc-A1", isdResult())).isEmpty();
        assertThat(hlr.receive("msc-A1", isdError())).isEmpty();
    }

    @Test
    void dropsALocationCancelAnswerWhileWaitingAndKeepsWaiting() {
        start();
        hlr.receive("msc-A1", ulCs());
        assertThat(hlr.receive("msc-A1",
                GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_RESULT, IMSI).build())).isEmpty();
        assertThat(hlr.receive("msc-A1",
                GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_ERROR, IMSI).cause(0x11).build())).isEmpty();
        assertThat(hlr.core.pendingLocationUpdates()).isEqualTo(1);
        assertThat(hlr.receive("msc-A1", isdResult())).hasSize(1);
    }

    @Test
    void matchesAnInsertDataAnswerToTheNewestProcedureOfTheImsi() {
        start(HlrSettings.defaults().withCancelPreviousLocation(false));
        hlr.receive("msc-A1", ulCs());
        hlr.receive("msc-A2", ulCs());

        assertThat(hlr.receive("msc-A1", isdResult())).extracting(GsupSend::peer).containsExactly(name("msc-A2"));
        assertThat(hlr.receive("msc-A1", isdResult())).extracting(GsupSend::peer).containsExactly(name("msc-A1"));
        assertThat(hlr.receive("msc-A1", isdResult())).isEmpty();
    }

    @Test
    void dropsTheAnswerOfAProcedureWhosePeerDisconnected() {
        start();
        hlr.receive("msc-A1", ulCs());
        hlr.core.onPeerDisconnected(name("msc-A1"), hlr.nowMillis);
        assertThat(hlr.advance(Duration.ofSeconds(30))).isEmpty();
        assertThat(hlr.core.pendingLocationUpdates()).isZero();
    }

    @Test
    void marksThePeersThatServeCsAndPs() {
        start();
        hlr.receive("msc-A1", ulCs());
        hlr.receive("sgsn-1", ul(IMSI, null));
        assertThat(hlr.core.connectedPeers())
                .extracting(ConnectedPeer::name, ConnectedPeer::servesCs, ConnectedPeer::servesPs)
                .contains(org.assertj.core.groups.Tuple.tuple("msc-A1", true, false),
                        org.assertj.core.groups.Tuple.tuple("sgsn-1", false, true),
                        org.assertj.core.groups.Tuple.tuple("msc-A2", false, false));
    }

    // ---- Cancel Location (issue 4, beyond osmo-hlr 1.5) ----------------------------------------------------------

    @Test
    void sendsNoCancelLocationOnTheFirstAttach() {
        start();
        assertThat(hlr.receive("msc-A1", ulCs())).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.INSERT_DATA_REQUEST);
    }

    @Test
    void cancelsTheLocationAtThePreviousVlrWhenTheSubscriberMoves() {
        start();
        attach("msc-A1", 2);

        List<GsupSend> sends = hlr.receive("msc-A2", ulCs());

        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("msc-A1"), name("msc-A2"));
        assertThat(hex(sends.get(0))).isEqualTo("1c" + IMSI_IE + "060100" + "280102");
        assertThat(sends.get(1).message().type()).isEqualTo(GsupMessageType.INSERT_DATA_REQUEST);
    }

    @Test
    void acceptsTheAnswersToCancelLocationQuietly() {
        start();
        attach("msc-A1", 2);
        hlr.receive("msc-A2", ulCs());

        assertThat(hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_RESULT, IMSI)
                .cnDomain(2).build())).isEmpty();
        assertThat(hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_ERROR, IMSI)
                .cause(0x11).build())).isEmpty();
        assertThat(hlr.receive("msc-A2", isdResult())).extracting(GsupSend::peer)
                .containsExactly(name("msc-A2"));
    }

    @Test
    void sendsNoCancelLocationWhenTheVlrStaysTheSame() {
        start();
        attach("msc-A1", 2);
        assertThat(hlr.receive("msc-A1", ulCs())).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.INSERT_DATA_REQUEST);
    }

    @Test
    void sendsNoCancelLocationWhenThePreviousVlrIsNotConnected() {
        start();
        attach("msc-A1", 2);
        hlr.core.onPeerDisconnected(name("msc-A1"), hlr.nowMillis);
        assertThat(hlr.receive("msc-A2", ulCs())).extracting(GsupSend::peer).containsExactly(name("msc-A2"));
    }

    @Test
    void cancelsThroughTheProxyOfAVlrThatAttachedViaAProxy() {
        start();
        GsupMessage proxiedUl = ulCs().toBuilder().sourceName(name("msc-B1")).build();
        hlr.receive("hlr-B", proxiedUl);
        hlr.receive("hlr-B", isdResult().toBuilder().sourceName(name("msc-B1")).build());

        List<GsupSend> sends = hlr.receive("msc-A1", ulCs());

        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("hlr-B"), name("msc-A1"));
        assertThat(hex(sends.get(0))).isEqualTo("1c" + IMSI_IE + "060100" + "280102" + "61076d73632d423100");
    }

    @Test
    void cancelsAtThePreviousSgsnForPs() {
        start();
        attach("sgsn-1", 1);
        List<GsupSend> sends = hlr.receive("sgsn-2", ul(IMSI, 1));
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("sgsn-1"), name("sgsn-2"));
        assertThat(hex(sends.get(0))).isEqualTo("1c" + IMSI_IE + "060100" + "280101");
    }

    @Test
    void movingInOneDomainLeavesTheOtherDomainAlone() {
        start();
        attach("msc-A1", 2);
        attach("sgsn-1", 1);
        List<GsupSend> sends = hlr.receive("msc-A2", ulCs());
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("msc-A1"), name("msc-A2"));
    }

    @Test
    void sendsNoCancelLocationWhenConfiguredAsOsmoHlr15() {
        start(HlrSettings.osmoHlr15());
        attach("msc-A1", 2);
        assertThat(hlr.receive("msc-A2", ulCs())).extracting(GsupSend::peer).containsExactly(name("msc-A2"));
    }
}
