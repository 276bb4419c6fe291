package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupSession;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.TestHlr.hex;
import static org.dgsm.hlr.core.TestHlr.name;

/** Source-Name / Destination-Name routing, IMSI checks and the messages osmo-hlr 1.5 leaves alone (gsup-ipa.md §8). */
class RoutingTest {

    private static final String IMSI = "901700000000001";
    private static final String IMSI_IE = "010809710000000000f1";
    private static final String MSC_B1 = "6d73632d423100";

    @TempDir
    Path dir;

    private TestHlr hlr;

    @BeforeEach
    void open() {
        hlr = new TestHlr(dir, HlrSettings.defaults().withIpaName("hlr-A"));
        hlr.store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, CapturedSubscribers.KI), null);
        hlr.connect("msc-A1", "msc-A2", "hlr-B");
    }

    @AfterEach
    void close() {
        hlr.close();
    }

    private static GsupMessage purge() {
        return GsupMessage.builder(GsupMessageType.PURGE_MS_REQUEST, IMSI).cnDomain(2).build();
    }

    private static GsupMessage handover(String from, String to) {
        return GsupMessage.builder(GsupMessageType.E_PREPARE_HANDOVER_REQUEST, IMSI).messageClass(4)
                .sourceName(from == null ? null : name(from)).destinationName(name(to)).build();
    }

    @Test
    void answersAProxiedRequestThroughTheProxyNamingTheOriginalSource() {
        List<GsupSend> sends = hlr.receive("hlr-B", purge().toBuilder().sourceName(name("msc-B1")).build());
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("hlr-B"));
        assertThat(hex(sends.get(0))).isEqualTo("0e" + IMSI_IE + "6107" + MSC_B1);
    }

    @Test
    void aSourceNameEqualToThePeerIsNoProxy() {
        hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, IMSI).cnDomain(2)
                .sourceName(name("msc-A1")).build());
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().vlrViaProxy()).isNull();
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().vlrNumber()).isEqualTo("msc-A1");
    }

    @Test
    void answersARoutingErrorWhenASourceIsAlreadyReachedThroughAnotherPeer() {
        hlr.connect("msc-B1");
        List<GsupSend> sends = hlr.receive("hlr-B", purge().toBuilder().sourceName(name("msc-B1")).build());
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("hlr-B"));
        assertThat(hex(sends.get(0))).isEqualTo("4e" + IMSI_IE + "6107" + MSC_B1);
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().msPurgedCs()).isFalse();
    }

    @Test
    void aDirectConnectionTakesOverItsNameFromAProxyRoute() {
        hlr.receive("hlr-B", purge().toBuilder().sourceName(name("msc-B1")).build());
        hlr.connect("msc-B1");
        assertThat(hlr.receive("msc-A1", handover("msc-A1", "msc-B1"))).extracting(GsupSend::peer)
                .containsExactly(name("msc-B1"));
    }

    @Test
    void forwardsAMessageForAnotherPeerUnchanged() {
        GsupMessage handover = handover("msc-A1", "msc-A2");
        List<GsupSend> sends = hlr.receive("msc-A1", handover);
        assertThat(sends).containsExactly(new GsupSend(name("msc-A2"), handover));
    }

    @Test
    void forwardsToANameReachedThroughAProxy() {
        hlr.receive("hlr-B", purge().toBuilder().sourceName(name("msc-B1")).build());
        GsupMessage handover = handover("msc-A1", "msc-B1");
        assertThat(hlr.receive("msc-A1", handover)).containsExactly(new GsupSend(name("hlr-B"), handover));
    }

    @Test
    void forwardsAnswersComingBackThroughAProxy() {
        GsupMessage answer = GsupMessage.builder(GsupMessageType.E_PREPARE_HANDOVER_RESULT, IMSI)
                .sourceName(name("msc-B1")).destinationName(name("msc-A1")).build();
        assertThat(hlr.receive("hlr-B", answer)).containsExactly(new GsupSend(name("msc-A1"), answer));
    }

    @Test
    void answersARoutingErrorForADestinationNobodyReaches() {
        List<GsupSend> sends = hlr.receive("msc-A1", handover("msc-A1", "msc-Z9")
                .toBuilder().session(new GsupSession(5, 1)).build());
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("msc-A1"));
        GsupMessage error = sends.get(0).message();
        assertThat(error.type()).isEqualTo(GsupMessageType.ROUTING_ERROR);
        assertThat(error.imsi()).isEqualTo(IMSI);
        assertThat(error.sourceName()).isEqualTo(name("msc-Z9"));
        assertThat(error.destinationName()).isEqualTo(name("msc-A1"));
        assertThat(error.messageClass()).isEqualTo(4);
        assertThat(error.session()).isEqualTo(new GsupSession(5, GsupSession.END));
    }

    @Test
    void answersARoutingErrorThroughTheProxyOfTheSender() {
        List<GsupSend> sends = hlr.receive("hlr-B", handover("msc-B1", "msc-Z9"));
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("hlr-B"));
        assertThat(sends.get(0).message().destinationName()).isEqualTo(name("msc-B1"));
    }

    @Test
    void refusesToForwardAMessageWithoutSourceNameNamingTheUnreachedDestination() {
        List<GsupSend> sends = hlr.receive("msc-A1", handover(null, "msc-A2"));
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("msc-A1"));
        assertThat(hex(sends.get(0))).isEqualTo("4e" + IMSI_IE + "0a0104" + "6007" + "6d73632d413200");
    }

    @Test
    void handlesAMessageAddressedToThisHlr() {
        List<GsupSend> sends = hlr.receive("msc-A1", purge().toBuilder().destinationName(name("hlr-A")).build());
        assertThat(sends).extracting(s -> s.message().type()).containsExactly(GsupMessageType.PURGE_MS_RESULT);
    }

    @Test
    void forwardsAMessageNamingTheDefaultHlrNameWhenThisHlrHasAnother() {
        List<GsupSend> sends = hlr.receive("msc-A1", purge().toBuilder().sourceName(name("msc-A1"))
                .destinationName(name("unnamed-HLR")).build());
        assertThat(sends).extracting(s -> s.message().type()).containsExactly(GsupMessageType.ROUTING_ERROR);
    }

    @Test
    void forgetsTheRoutesOfADisconnectedProxy() {
        hlr.receive("hlr-B", purge().toBuilder().sourceName(name("msc-B1")).build());
        hlr.core.onPeerDisconnected(name("hlr-B"), hlr.nowMillis);
        assertThat(hlr.receive("msc-A1", handover("msc-A1", "msc-B1"))).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.ROUTING_ERROR);
    }

    @Test
    void answersARoutingErrorToASourceNameLongerThanOsmoCanHold() {
        byte[] longName = new byte[129];
        Arrays.fill(longName, (byte) 'x');
        List<GsupSend> sends = hlr.receive("hlr-B", purge().toBuilder().sourceName(Octets.of(longName)).build());
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("hlr-B"));
        assertThat(sends.get(0).message().type()).isEqualTo(GsupMessageType.ROUTING_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"90170", "9017000000000012", "90170000000000*", ""})
    void answersAnInvalidImsiInARequestWithInvalidMandatoryInformation(String imsi) {
        List<GsupSend> sends = hlr.receive("msc-A1",
                GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).build());
        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("msc-A1"));
        assertThat(sends.get(0).message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR);
        assertThat(sends.get(0).message().cause()).isEqualTo(0x60);
        assertThat(sends.get(0).message().imsi()).isEqualTo(imsi);
    }

    @Test
    void dropsAnInvalidImsiInAnAnswer() {
        assertThat(hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, "123").build()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x05, 0x06, 0x09, 0x0a, 0x0b, 0x0d, 0x0e, 0x10, 0x14, 0x15, 0x16, 0x1c, 0x20, 0x21, 0x22,
            0x24, 0x25, 0x26, 0x28, 0x2c, 0x31, 0x32, 0x34, 0x40, 0x47, 0x4e, 0x50, 0x53, 0xfc})
    void dropsWhatOsmoHlr15DoesNotHandle(int type) {
        GsupMessage message = GsupMessage.builder(type, IMSI).cnDomain(2).build();
        assertThat(hlr.receive("msc-A1", message)).isEmpty();
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().vlrNumber()).isNull();
    }

    @Test
    void listsTheConnectedPeersByIpaName() {
        hlr.core.onPeerDisconnected(name("msc-A2"), hlr.nowMillis);
        hlr.receive("sgsn-7", purge());
        assertThat(hlr.core.connectedPeers()).extracting(ConnectedPeer::name)
                .containsExactly("hlr-B", "msc-A1", "sgsn-7");
        assertThat(hlr.core.connectedPeers().get(0).ipaName()).isEqualTo(name("hlr-B"));
        assertThat(hlr.core.connectedPeers().get(0).connectedAtMillis()).isEqualTo(TestHlr.START.toEpochMilli());
    }
}
