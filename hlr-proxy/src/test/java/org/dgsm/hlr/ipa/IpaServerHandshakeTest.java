package org.dgsm.hlr.ipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class IpaServerHandshakeTest {

    private static final String PING = "0001fe00";
    private static final String PONG = "0001fe01";
    private static final String ID_ACK = "0001fe06";

    private static byte[] vector(String id) {
        return GsupVectors.byId(id).bytes();
    }

    private static IpaEvent.Send send(String hex) {
        return new IpaEvent.Send(Octets.fromHex(hex));
    }

    @Test
    void sendsOsmoHlrsIdGetOnConnect() {
        assertThat(new IpaServerHandshake().onConnect()).containsExactly(send(GsupVectors.byId("ipa01").hex()));
    }

    @Test
    void takesTheSerialNumberWithItsNulAsPeerName() {
        IpaServerHandshake server = new IpaServerHandshake();
        List<IpaEvent> events = server.onBytes(vector("ipa03"));
        assertThat(events).singleElement().isInstanceOfSatisfying(IpaEvent.PeerIdentified.class, e -> {
            assertThat(e.name()).isEqualTo(Octets.ascii("msc-B1\0"));
            assertThat(e.identity().value(CcmIdTag.UNIT_NAME)).hasValue(Octets.ascii("MSC\0"));
        });
        assertThat(server.peerName()).hasValue(Octets.ascii("msc-B1\0"));
    }

    @Test
    void acceptsOsmoHlrsOwnClientIdentity() {
        IpaServerHandshake server = new IpaServerHandshake();
        server.onBytes(vector("ipa02"));
        assertThat(server.peerName()).hasValue(Octets.ascii("hlr-B\0"));
    }

    @Test
    void closesWhenTheUnitIdIsMissing() {
        IpaServerHandshake server = new IpaServerHandshake();
        assertThat(server.onBytes(vector("ipa10"))).singleElement().isInstanceOfSatisfying(IpaEvent.Close.class,
                e -> assertThat(e.reason()).contains("unit id"));
        assertThat(server.isClosed()).isTrue();
        assertThat(server.peerName()).isEmpty();
    }

    @Test
    void closesWhenTheSerialNumberIsMissingOrEmpty() {
        String unitId = "0007" + "08" + "302f302f3000";
        assertThat(new IpaServerHandshake().onBytes(ccm("05" + unitId))).singleElement()
                .isInstanceOfSatisfying(IpaEvent.Close.class, e -> assertThat(e.reason()).contains("serial"));
        assertThat(new IpaServerHandshake().onBytes(ccm("05" + unitId + "000100"))).singleElement()
                .isInstanceOf(IpaEvent.Close.class);
    }

    @Test
    void closesOnAnUnparsableIdentity() {
        assertThat(new IpaServerHandshake().onBytes(ccm("05" + "0009" + "08" + "30"))).singleElement()
                .isInstanceOfSatisfying(IpaEvent.Close.class, e -> assertThat(e.reason()).contains("malformed CCM"));
    }

    @Test
    void answersPingWithPongAndEachIdAckWithOne() {
        IpaServerHandshake server = new IpaServerHandshake();
        assertThat(server.onBytes(Hex.parse(PING + ID_ACK + ID_ACK))).containsExactly(send(PONG), send(ID_ACK),
                send(ID_ACK));
    }

    @Test
    void gsupBeforeTheIdentityIsReportedApart() {
        IpaServerHandshake server = new IpaServerHandshake();
        Octets sai = Octets.fromHex("08010809710000004207f1280102");
        assertThat(server.onBytes(vector("ipa07"))).containsExactly(new IpaEvent.GsupBeforeIdentity(sai));
        server.onBytes(vector("ipa03"));
        assertThat(server.onBytes(vector("ipa07"))).containsExactly(new IpaEvent.GsupReceived(sai));
    }

    @Test
    void handlesAWholeHandshakeDeliveredByteByByte() {
        byte[] stream = Hex.parse(GsupVectors.byId("ipa03").hex() + ID_ACK + PING + GsupVectors.byId("ipa08").hex());
        IpaServerHandshake server = new IpaServerHandshake();
        List<IpaEvent> events = new ArrayList<>();
        for (byte b : stream) {
            events.addAll(server.onBytes(new byte[] {b}));
        }
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isInstanceOf(IpaEvent.PeerIdentified.class);
        assertThat(events.subList(1, 3)).containsExactly(send(ID_ACK), send(PONG));
        assertThat(events.get(3)).isEqualTo(new IpaEvent.GsupReceived(
                Octets.fromHex("04010809710000004107f128010260076d73632d423100")));
    }

    @Test
    void ignoresOtherStreamsExtensionsAndCcmTypes() {
        IpaServerHandshake server = new IpaServerHandshake();
        List<IpaEvent> events = server.onBytes(Hex.parse("0002ee06aa" + "0001ee00" + "000112ff" + PONG
                + "0001fe04"));
        assertThat(events).hasSize(5).allSatisfy(e -> assertThat(e).isInstanceOf(IpaEvent.Ignored.class));
        assertThat(((IpaEvent.Ignored) events.get(0)).reason()).contains("OAP");
        assertThat(server.isClosed()).isFalse();
    }

    @Test
    void keepsTheFirstNameWhenIdentifiedTwice() {
        IpaServerHandshake server = new IpaServerHandshake();
        server.onBytes(vector("ipa03"));
        assertThat(server.onBytes(vector("ipa02"))).singleElement().isInstanceOf(IpaEvent.Ignored.class);
        assertThat(server.peerName()).hasValue(Octets.ascii("msc-B1\0"));
    }

    @Test
    void handlesFramesBeforeAnOversizedHeaderThenClosesAndIgnoresTheRest() {
        IpaServerHandshake server = new IpaServerHandshake();
        List<IpaEvent> events = server.onBytes(Hex.parse(PING + "ffffee05"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(send(PONG));
        assertThat(events.get(1)).isInstanceOf(IpaEvent.Close.class);
        assertThat(server.onBytes(Hex.parse(PING))).isEmpty();
    }

    @Test
    void ignoresFramesAfterAClosingFrameInTheSameChunk() {
        IpaServerHandshake server = new IpaServerHandshake();
        List<IpaEvent> events = server.onBytes(Hex.parse(GsupVectors.byId("ipa10").hex() + PING));
        assertThat(events).singleElement().isInstanceOf(IpaEvent.Close.class);
    }

    private static byte[] ccm(String payloadHex) {
        return CcmEncoderTestSupport.frame(payloadHex);
    }
}
