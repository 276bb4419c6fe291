package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.CcmDecoder;
import org.dgsm.hlr.ipa.CcmIdTag;
import org.dgsm.hlr.ipa.CcmMessage;
import org.dgsm.hlr.ipa.IpaFrame;
import org.dgsm.hlr.ipa.IpaFrameDecoder;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GsupClientTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static EventLoopGroup group;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final BlockingQueue<GsupMessage> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    private final GsupClientListener listener = new GsupClientListener() {
        @Override
        public void onMessage(GsupMessage message) {
            received.add(message);
        }

        @Override
        public void onDisconnected(String reason) {
            disconnects.add(reason);
        }
    };

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T track(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static GsupClientSettings settings(String name) {
        return GsupClientSettings.of(IpaIdentity.of(name, "HLR", "dgsm-test")).withReconnect(50, 200);
    }

    private GsupServer server(InetSocketAddress at, ScriptedHandler handler) throws IOException {
        return track(GsupServer.start(group, at, handler, GsupServerSettings.defaults()));
    }

    private GsupClient client(InetSocketAddress to, GsupClientSettings settings) {
        return track(GsupClient.connect(group, to, settings, listener));
    }

    private static GsupMessage sai(String imsi) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).build();
    }

    @Test
    void becomesReadyOnTheServersIdAckAndExchangesMessages() throws Exception {
        ScriptedHandler handler = new ScriptedHandler();
        GsupServer server = server(new InetSocketAddress("127.0.0.1", 0), handler);
        GsupClient client = client(server.localAddress(), settings("hlr-B"));
        assertThat(client.awaitReady(WAIT)).isTrue();
        assertThat(handler.next(ScriptedHandler.Kind.CONNECTED, WAIT).peer()).isEqualTo(Octets.ascii("hlr-B\0"));
        assertThat(client.ipaName()).isEqualTo(Octets.ascii("hlr-B\0"));
        assertThat(client.send(sai("901700000014701"))).isTrue();
        GsupMessage answer = received.poll(5, TimeUnit.SECONDS);
        assertThat(answer).isNotNull();
        assertThat(answer.messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT.code());
        assertThat(server.connectedPeers()).extracting(GsupPeer::displayName).containsExactly("hlr-B");
    }

    @Test
    void refusesToSendBeforeTheServerKnowsItsName() throws Exception {
        try (FakeServer fake = track(new FakeServer())) {
            GsupClient client = client(fake.address(), settings("hlr-B"));
            Socket accepted = fake.accept();
            assertThat(accepted).isNotNull();
            assertThat(client.awaitReady(Duration.ofMillis(300))).isFalse();
            assertThat(client.send(sai("901700000014701"))).isFalse();
            // the server only ever saw the client's first PING, no GSUP
            assertThat(fake.readFrames(accepted, Duration.ofMillis(200))).isNotEmpty().allMatch(IpaFrame::isCcm);
        }
    }

    @Test
    void takesTheIdentityAsAcceptedAGracePeriodAfterItsIdRespWhenNoIdAckComes() throws Exception {
        try (FakeServer fake = track(new FakeServer())) {
            GsupClient client = client(fake.address(), settings("hlr-B").withIdAckGraceMillis(300));
            Socket accepted = fake.accept();
            accepted.getOutputStream().write(GsupVectors.byId("ipa01").bytes());
            CcmMessage.IdResp idResp = fake.awaitIdResp(accepted);
            long identified = System.nanoTime();
            assertThat(idResp.value(CcmIdTag.SERIAL_NUMBER)).hasValue(Octets.ascii("hlr-B\0"));
            assertThat(idResp.value(CcmIdTag.UNIT_ID)).hasValue(Octets.ascii("0/0/0\0"));
            assertThat(client.isReady()).isFalse();
            assertThat(client.awaitReady(WAIT)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - identified)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void keepsAnAnsweredLinkUpWithPingAndPong() throws Exception {
        ScriptedHandler handler = new ScriptedHandler();
        GsupServer server = server(new InetSocketAddress("127.0.0.1", 0), handler);
        GsupClient client = client(server.localAddress(), settings("hlr-K").withKeepaliveMillis(100));
        assertThat(client.awaitReady(WAIT)).isTrue();
        Thread.sleep(700);
        assertThat(client.isReady()).isTrue();
        assertThat(disconnects).isEmpty();
        assertThat(handler.drain()).extracting(ScriptedHandler.Call::kind).containsExactly(ScriptedHandler.Kind.CONNECTED);
    }

    @Test
    void dropsALinkWhosePingGoesUnansweredAndConnectsAgain() throws Exception {
        try (FakeServer fake = track(new FakeServer())) {
            GsupClient client = client(fake.address(), settings("hlr-P").withKeepaliveMillis(150));
            Socket first = fake.accept();
            first.getOutputStream().write(GsupVectors.byId("ipa01").bytes());
            fake.awaitIdResp(first);
            first.getOutputStream().write(GsupVectors.byId("ipa04").bytes()); // ID_ACK, but never a PONG
            assertThat(client.awaitReady(WAIT)).isTrue();
            String reason = disconnects.poll(5, TimeUnit.SECONDS);
            assertThat(reason).contains("PONG");
            assertThat(client.isReady()).isFalse();
            assertThat(fake.accept()).as("a new connection").isNotNull();
        }
    }

    @Test
    void reconnectsWhenTheServerComesBack() throws Exception {
        ScriptedHandler first = new ScriptedHandler();
        GsupServer server = server(new InetSocketAddress("127.0.0.1", 0), first);
        InetSocketAddress address = server.localAddress();
        GsupClient client = client(address, settings("hlr-R"));
        assertThat(client.awaitReady(WAIT)).isTrue();
        server.close();
        assertThat(disconnects.poll(5, TimeUnit.SECONDS)).isNotNull();
        ScriptedHandler second = new ScriptedHandler();
        server(address, second);
        assertThat(client.awaitReady(WAIT)).isTrue();
        assertThat(second.next(ScriptedHandler.Kind.CONNECTED, WAIT).peer()).isEqualTo(Octets.ascii("hlr-R\0"));
        assertThat(client.send(sai("901700000014701"))).isTrue();
        assertThat(received.poll(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void stopsReconnectingOnceClosed() throws Exception {
        InetSocketAddress address;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            address = new InetSocketAddress("127.0.0.1", probe.getLocalPort());
        }
        GsupClient client = GsupClient.connect(group, address, settings("hlr-C"), listener);
        Thread.sleep(150);
        client.close();
        ScriptedHandler handler = new ScriptedHandler();
        server(address, handler);
        Thread.sleep(500);
        assertThat(handler.drain()).isEmpty();
        assertThat(client.isReady()).isFalse();
    }

    /** A plain ServerSocket on loopback that a test drives by hand. */
    private static final class FakeServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new ArrayList<>();

        FakeServer() throws IOException {
            socket = new ServerSocket(0, 10, java.net.InetAddress.getByName("127.0.0.1"));
            socket.setSoTimeout(5_000);
        }

        InetSocketAddress address() {
            return new InetSocketAddress("127.0.0.1", socket.getLocalPort());
        }

        Socket accept() throws IOException {
            Socket s = socket.accept();
            accepted.add(s);
            return s;
        }

        List<IpaFrame> readFrames(Socket s, Duration time) throws Exception {
            IpaFrameDecoder decoder = new IpaFrameDecoder();
            List<IpaFrame> frames = new ArrayList<>();
            InputStream in = s.getInputStream();
            long deadline = System.nanoTime() + time.toNanos();
            byte[] buffer = new byte[4096];
            while (System.nanoTime() < deadline) {
                s.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    frames.addAll(decoder.feed(buffer, 0, n));
                } catch (java.net.SocketTimeoutException e) {
                    break;
                }
            }
            return frames;
        }

        CcmMessage.IdResp awaitIdResp(Socket s) throws Exception {
            IpaFrameDecoder decoder = new IpaFrameDecoder();
            InputStream in = s.getInputStream();
            s.setSoTimeout(5_000);
            byte[] buffer = new byte[4096];
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new AssertionError("client closed before its ID_RESP");
                }
                for (IpaFrame frame : decoder.feed(buffer, 0, n)) {
                    if (frame.isCcm() && CcmDecoder.decode(frame.payload()) instanceof CcmMessage.IdResp resp) {
                        return resp;
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            for (Socket s : accepted) {
                s.close();
            }
            socket.close();
        }
    }
}
