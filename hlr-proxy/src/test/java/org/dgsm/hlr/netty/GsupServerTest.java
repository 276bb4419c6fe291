package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.IpaFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GsupServerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static EventLoopGroup group;

    private final ScriptedHandler handler = new ScriptedHandler();
    private GsupServer server;

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private InetSocketAddress start(GsupServerSettings settings) throws IOException {
        server = GsupServer.start(group, new InetSocketAddress("127.0.0.1", 0), handler, settings);
        return server.localAddress();
    }

    private InetSocketAddress start() throws IOException {
        return start(GsupServerSettings.defaults());
    }

    private static GsupMessage sai(String imsi) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).cnDomain(GsupMessage.CN_DOMAIN_CS)
                .build();
    }

    private void awaitPeers(String... names) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline
                && !server.connectedPeers().stream().map(GsupPeer::displayName).toList().equals(List.of(names))) {
            Thread.sleep(10);
        }
        assertThat(server.connectedPeers()).extracting(GsupPeer::displayName).containsExactly(names);
    }

    @Test
    void sendsOsmoHlrsIdGetAtOnceAndAnswersPingAndIdAck() throws Exception {
        try (IpaTestPeer peer = IpaTestPeer.connect(start())) {
            IpaFrame idGet = peer.readFrame(WAIT);
            assertThat(frameHex(idGet)).isEqualTo(GsupVectors.byId("ipa01").hex());
            peer.send(GsupVectors.byId("ipa05").bytes());
            assertThat(frameHex(peer.readFrame(WAIT))).isEqualTo(GsupVectors.byId("ipa06").hex());
            peer.send(GsupVectors.byId("ipa04").bytes());
            assertThat(frameHex(peer.readFrame(WAIT))).isEqualTo(GsupVectors.byId("ipa04").hex());
        }
    }

    private static String frameHex(IpaFrame frame) {
        return Hex.format(org.dgsm.hlr.ipa.IpaFrameEncoder.encode(frame));
    }

    @Test
    void listsAnIdentifiedPeerByItsIpaNameAndTellsTheHandler() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer peer = IpaTestPeer.connect(address)) {
            peer.readFrame(WAIT);
            peer.send(GsupVectors.byId("ipa03").bytes()); // captured minimal ID_RESP of fake MSC msc-B1
            awaitPeers("msc-B1");
            assertThat(server.connectedPeers().get(0).name()).isEqualTo(Octets.ascii("msc-B1\0"));
            assertThat(handler.next(ScriptedHandler.Kind.CONNECTED, WAIT).peer()).isEqualTo(Octets.ascii("msc-B1\0"));
        }
    }

    @Test
    void answersARequestOnTheSameConnection() throws Exception {
        try (IpaTestPeer peer = IpaTestPeer.identified(start(), "msc-B1")) {
            peer.send(GsupVectors.byId("ipa07").bytes()); // captured SAI request frame
            GsupMessage answer = peer.readGsup(WAIT);
            assertThat(answer.messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT.code());
            assertThat(answer.imsi()).isEqualTo("901700000024701");
            ScriptedHandler.Call call = handler.next(ScriptedHandler.Kind.MESSAGE, WAIT);
            assertThat(call.peer()).isEqualTo(Octets.ascii("msc-B1\0"));
            assertThat(call.message().cnDomain()).isEqualTo(GsupMessage.CN_DOMAIN_CS);
        }
    }

    @Test
    void routesWhatTheHandlerSendsByPeerName() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer a = IpaTestPeer.identified(address, "msc-A");
             IpaTestPeer b = IpaTestPeer.identified(address, "msc-B")) {
            awaitPeers("msc-A", "msc-B");
            a.sendGsup(sai("901700000014701").toBuilder().destinationName(Octets.ascii("msc-B\0")).build());
            GsupMessage atB = b.readGsup(WAIT);
            assertThat(atB.imsi()).isEqualTo("901700000014701");
            assertThat(atB.messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_REQUEST.code());
            assertThat(a.quietFor(Duration.ofMillis(200))).isTrue();
        }
    }

    @Test
    void holdsGsupSentBeforeTheIdentityAndServesItOnceTheNameIsKnown() throws Exception {
        try (IpaTestPeer peer = IpaTestPeer.connect(start())) {
            peer.readFrame(WAIT);
            peer.sendGsup(sai("901700000024701"));
            peer.sendGsup(sai("901700000024702"));
            assertThat(peer.quietFor(Duration.ofMillis(300))).isTrue();
            assertThat(handler.drain()).isEmpty();
            peer.sendIdentity("hlr-B");
            assertThat(peer.readGsup(WAIT).imsi()).isEqualTo("901700000024701");
            assertThat(peer.readGsup(WAIT).imsi()).isEqualTo("901700000024702");
            assertThat(handler.next(ScriptedHandler.Kind.MESSAGE, WAIT).peer()).isEqualTo(Octets.ascii("hlr-B\0"));
        }
    }

    @Test
    void discardsEarlyGsupHeldLongerThanAllowed() throws Exception {
        InetSocketAddress address = start(GsupServerSettings.defaults().withEarlyGsup(16, 150));
        try (IpaTestPeer peer = IpaTestPeer.connect(address)) {
            peer.readFrame(WAIT);
            peer.sendGsup(sai("901700000024701"));
            Thread.sleep(500);
            peer.sendIdentity("msc-late");
            awaitPeers("msc-late");
            assertThat(peer.quietFor(Duration.ofMillis(300))).isTrue();
            peer.sendGsup(sai("901700000024702"));
            assertThat(peer.readGsup(WAIT).imsi()).isEqualTo("901700000024702");
        }
        assertThat(handler.drain()).filteredOn(c -> c.kind() == ScriptedHandler.Kind.MESSAGE)
                .extracting(c -> c.message().imsi()).containsExactly("901700000024702");
    }

    @Test
    void holdsNoMoreEarlyGsupThanAllowed() throws Exception {
        InetSocketAddress address = start(GsupServerSettings.defaults().withEarlyGsup(2, 5_000));
        try (IpaTestPeer peer = IpaTestPeer.connect(address)) {
            peer.readFrame(WAIT);
            for (int i = 1; i <= 5; i++) {
                peer.sendGsup(sai("90170000002470" + i));
            }
            peer.sendIdentity("msc-eager");
            assertThat(peer.readGsup(WAIT).imsi()).isEqualTo("901700000024701");
            assertThat(peer.readGsup(WAIT).imsi()).isEqualTo("901700000024702");
            assertThat(peer.quietFor(Duration.ofMillis(300))).isTrue();
        }
    }

    @Test
    void aSecondConnectionWithTheSameNameReplacesTheFirst() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer first = IpaTestPeer.identified(address, "msc-A")) {
            awaitPeers("msc-A");
            InetSocketAddress firstRemote = server.connectedPeers().get(0).remoteAddress();
            try (IpaTestPeer second = IpaTestPeer.identified(address, "msc-A")) {
                assertThat(first.closedWithin(WAIT)).as("older connection closed").isTrue();
                second.sendGsup(sai("901700000024701"));
                assertThat(second.readGsup(WAIT).imsi()).isEqualTo("901700000024701");
                assertThat(server.connectedPeers()).singleElement()
                        .satisfies(p -> assertThat(p.remoteAddress()).isNotEqualTo(firstRemote));
            }
        }
        assertThat(handler.next(ScriptedHandler.Kind.DISCONNECTED, WAIT).peer()).isEqualTo(Octets.ascii("msc-A\0"));
        assertThat(handler.drain()).extracting(ScriptedHandler.Call::kind)
                .doesNotContain(ScriptedHandler.Kind.DISCONNECTED);
    }

    @Test
    void tellsTheHandlerWhenAPeerDisconnects() throws Exception {
        InetSocketAddress address = start();
        IpaTestPeer peer = IpaTestPeer.identified(address, "msc-gone");
        handler.next(ScriptedHandler.Kind.CONNECTED, WAIT);
        peer.close();
        ScriptedHandler.Call gone = handler.next(ScriptedHandler.Kind.DISCONNECTED, WAIT);
        assertThat(gone.peer()).isEqualTo(Octets.ascii("msc-gone\0"));
        awaitPeers();
    }

    @Test
    void drivesTheHandlersTimerAndSendsWhatItReturns() throws Exception {
        InetSocketAddress address = start();
        long deadline = System.currentTimeMillis() + 200;
        handler.scheduleAt(deadline);
        handler.onTimeSend(new GsupSend(Octets.ascii("msc-T\0"), GsupMessage.builder(
                GsupMessageType.LOCATION_CANCEL_REQUEST, "901700000024701").build()));
        try (IpaTestPeer peer = IpaTestPeer.identified(address, "msc-T")) {
            GsupMessage cancel = peer.readGsup(WAIT);
            assertThat(cancel.messageType()).isEqualTo(GsupMessageType.LOCATION_CANCEL_REQUEST.code());
            ScriptedHandler.Call time = handler.next(ScriptedHandler.Kind.TIME, WAIT);
            assertThat(time.nowMillis()).isGreaterThanOrEqualTo(deadline);
        }
    }

    @Test
    void callsTheHandlerFromOneThreadThatIsNotAnIoThread() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer a = IpaTestPeer.identified(address, "msc-1");
             IpaTestPeer b = IpaTestPeer.identified(address, "msc-2")) {
            for (int i = 0; i < 20; i++) {
                a.sendGsup(sai("9017000000247" + (10 + i)));
                b.sendGsup(sai("9017000000248" + (10 + i)));
            }
            for (int i = 0; i < 20; i++) {
                a.readGsup(WAIT);
                b.readGsup(WAIT);
            }
        }
        assertThat(handler.threads()).singleElement().asString().startsWith("gsup-handler-");
    }

    @Test
    void answersEverythingInOrderWhenTheHandlerFallsBehind() throws Exception {
        InetSocketAddress address = start(GsupServerSettings.defaults().withMaxQueuedPerConnection(2));
        handler.slowDown(2);
        try (IpaTestPeer peer = IpaTestPeer.identified(address, "msc-busy")) {
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                burst.append(Hex.format(org.dgsm.hlr.ipa.IpaFrameEncoder.encodeGsup(
                        org.dgsm.hlr.gsup.GsupEncoder.encode(sai(String.format("901700000%06d", i))))));
            }
            peer.send(Hex.parse(burst.toString()));
            for (int i = 0; i < 200; i++) {
                assertThat(peer.readGsup(WAIT).imsi()).isEqualTo(String.format("901700000%06d", i));
            }
        }
    }

    @Test
    void answersAnUndecodableRequestAndKeepsServingTheConnection() throws Exception {
        try (IpaTestPeer peer = IpaTestPeer.identified(start(), "msc-sloppy")) {
            peer.send(org.dgsm.hlr.ipa.IpaFrameEncoder.encodeGsup(GsupVectors.byId("neg04").bytes()));
            GsupMessage error = peer.readGsup(WAIT);
            assertThat(error.messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR.code());
            assertThat(error.cause()).isEqualTo(GmmCause.CONDITIONAL_IE_ERROR);
            peer.sendGsup(sai("901700000024701"));
            assertThat(peer.readGsup(WAIT).messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT.code());
        }
        assertThat(handler.drain()).filteredOn(c -> c.kind() == ScriptedHandler.Kind.MESSAGE).hasSize(1);
    }

    @Test
    void dropsAConnectionWhoseIpaStreamCannotRecoverAndServesTheOthers() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer good = IpaTestPeer.identified(address, "msc-good");
             IpaTestPeer bad = IpaTestPeer.identified(address, "msc-bad")) {
            awaitPeers("msc-bad", "msc-good");
            bad.send(Hex.parse("04aeee05")); // header announcing 1198 bytes
            assertThat(bad.closedWithin(WAIT)).isTrue();
            awaitPeers("msc-good");
            good.sendGsup(sai("901700000024701"));
            assertThat(good.readGsup(WAIT).imsi()).isEqualTo("901700000024701");
        }
    }

    @Test
    void dropsAConnectionWhoseIdRespHasNoUnitId() throws Exception {
        try (IpaTestPeer peer = IpaTestPeer.connect(start())) {
            peer.readFrame(WAIT);
            peer.send(GsupVectors.byId("ipa10").bytes());
            assertThat(peer.closedWithin(WAIT)).isTrue();
        }
        assertThat(handler.drain()).isEmpty();
        assertThat(server.connectedPeers()).isEmpty();
    }

    @Test
    void failsToBindWithAMessageNamingTheAddress() throws Exception {
        InetSocketAddress taken = start();
        assertThatThrownBy(() -> GsupServer.start(group, taken, new ScriptedHandler(), GsupServerSettings.defaults()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("127.0.0.1:" + taken.getPort());
    }

    @Test
    void closeDropsEveryConnectionAndReportsThePeersGone() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer peer = IpaTestPeer.identified(address, "msc-last")) {
            awaitPeers("msc-last");
            server.close();
            assertThat(peer.closedWithin(WAIT)).isTrue();
            assertThat(handler.next(ScriptedHandler.Kind.DISCONNECTED, WAIT).peer())
                    .isEqualTo(Octets.ascii("msc-last\0"));
        }
        assertThatThrownBy(() -> IpaTestPeer.connect(address)).isInstanceOf(IOException.class);
    }
}
