package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class GsupServerPeerPolicyTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static EventLoopGroup group;

    private final ScriptedHandler handler = new ScriptedHandler();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger connectionLog = (Logger) LoggerFactory.getLogger(ServerConnection.class);
    private GsupServer server;

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @BeforeEach
    void captureLog() {
        logged.start();
        connectionLog.addAppender(logged);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        connectionLog.detachAppender(logged);
    }

    /** Only msc-A from 127.0.0.1 as MSC/SGSN; no HLR proxies at all. */
    private InetSocketAddress start() throws Exception {
        PeerPolicy policy = new PeerPolicy(PeerAllowList.of(List.of("msc-A"), List.of("127.0.0.1/32")),
                PeerAllowList.nobody());
        server = GsupServer.start(group, new InetSocketAddress("127.0.0.1", 0), handler,
                GsupServerSettings.defaults().withPeerPolicy(policy));
        return server.localAddress();
    }

    private List<String> refusals() {
        return logged.list.stream().filter(e -> e.getFormattedMessage().startsWith("GSUP peer refused"))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void refusesAnUnlistedNameAfterTheIdentityExchangeWithOneLogLine() throws Exception {
        InetSocketAddress address = start();
        try (IpaTestPeer stranger = IpaTestPeer.identified(address, "msc-Z")) {
            assertThat(stranger.closedWithin(WAIT)).isTrue();
            awaitRefusals(1);
            assertThat(refusals()).singleElement().asString().matches(Level.WARN + " GSUP peer refused: IPA name"
                    + " 'msc-Z' from 127\\.0\\.0\\.1:\\d+: on neither the MSC/SGSN allow-list \\(names \\[msc-A\\],"
                    + " sources \\[127\\.0\\.0\\.1/32\\]\\) nor the HLR proxy allow-list \\(nobody\\);"
                    + " closing the connection");
        }
        assertThat(server.connectedPeers()).isEmpty();
    }

    @Test
    void servesAListedMsc() throws Exception {
        try (IpaTestPeer msc = IpaTestPeer.identified(start(), "msc-A")) {
            msc.send(GsupVectors.byId("ipa07").bytes()); // captured SAI request frame
            GsupMessage answer = msc.readGsup(WAIT);
            assertThat(answer.messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT.code());
            assertThat(handler.next(ScriptedHandler.Kind.MESSAGE, WAIT).peer()).isEqualTo(Octets.ascii("msc-A\0"));
        }
        assertThat(refusals()).isEmpty();
    }

    @Test
    void refusesAListedMscThatActsAsHlrProxyWithoutPassingItsMessageOn() throws Exception {
        try (IpaTestPeer msc = IpaTestPeer.identified(start(), "msc-A")) {
            assertThat(handler.next(ScriptedHandler.Kind.CONNECTED, WAIT).peer()).isEqualTo(Octets.ascii("msc-A\0"));
            msc.sendGsup(GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, "901700000024701")
                    .sourceName(Octets.ascii("hlr-b\0")).build());
            assertThat(msc.closedWithin(WAIT)).isTrue();
            awaitRefusals(1);
            assertThat(refusals()).singleElement().asString()
                    .contains("IPA name 'msc-A'", "acts as HLR proxy but is not on the HLR proxy allow-list (nobody)");
            assertThat(callsUntilDisconnect()).containsExactly(ScriptedHandler.Kind.DISCONNECTED);
        }
    }

    /** The kinds of the handler calls up to and including the next disconnect (TIME calls left out). */
    private List<ScriptedHandler.Kind> callsUntilDisconnect() throws InterruptedException {
        List<ScriptedHandler.Kind> kinds = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!kinds.contains(ScriptedHandler.Kind.DISCONNECTED) && System.nanoTime() < deadline) {
            handler.drain().stream().map(ScriptedHandler.Call::kind).filter(k -> k != ScriptedHandler.Kind.TIME)
                    .forEach(kinds::add);
            Thread.sleep(10);
        }
        return kinds;
    }

    private void awaitRefusals(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (refusals().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
