package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.testkit.OsmoProgram;
import org.dgsm.testkit.RunningProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real osmo-sgsn (Debian's 1.9.0; it starts without SCTP, its Iu part just logs "Protocol not supported") is
 * configured to use our GSUP server as its HLR: it connects, identifies itself as {@code SGSN-00-00-00-00-00-00},
 * gets our PONG for its PING and stays connected.
 */
class OsmoSgsnInteropTest {

    private static final String SGSN_IP = "127.0.0.3";
    private static final Octets SGSN_NAME = Octets.ascii("SGSN-00-00-00-00-00-00\0");

    @TempDir
    Path dir;

    static String config(InetSocketAddress hlr) {
        return String.join("\n",
                "log stderr",
                " logging filter all 1",
                " logging color 0",
                " logging print category 1",
                " logging level set-all notice",
                " logging level lgsup debug",
                " logging level linp info",
                "line vty",
                " no login",
                " bind " + SGSN_IP,
                "ctrl",
                " bind " + SGSN_IP,
                "sgsn",
                " gtp local-ip " + SGSN_IP,
                " ggsn 0 remote-ip 127.0.0.4",
                " ggsn 0 gtp-version 1",
                " auth-policy remote",
                " gsup remote-ip " + hlr.getAddress().getHostAddress(),
                " gsup remote-port " + hlr.getPort(),
                "ns",
                " bind udp local",
                "  listen " + SGSN_IP + " 23000",
                "  accept-ipaccess",
                "bssgp",
                "");
    }

    @Test
    void osmoSgsnConnectsStaysConnectedAndIsListedByItsIpaName() throws Exception {
        Path binary = OsmoProgram.require("osmo-sgsn", "osmo-sgsn");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        ScriptedHandler handler = new ScriptedHandler();
        try (GsupServer server = GsupServer.start(group, new InetSocketAddress("127.0.0.1", 0), handler,
                GsupServerSettings.defaults())) {
            Path cfg = dir.resolve("osmo-sgsn.cfg");
            Files.writeString(cfg, config(server.localAddress()));
            try (RunningProcess sgsn = RunningProcess.start("osmo-sgsn", List.of(binary.toString(), "-c",
                    cfg.toString()), dir)) {
                ScriptedHandler.Call connected = handler.next(ScriptedHandler.Kind.CONNECTED, Duration.ofSeconds(20));
                assertThat(connected.peer()).isEqualTo(SGSN_NAME);
                assertThat(server.connectedPeers()).extracting(GsupPeer::displayName)
                        .containsExactly("SGSN-00-00-00-00-00-00");

                Thread.sleep(5_500);

                assertThat(sgsn.isAlive()).as("osmo-sgsn still running\n%s", sgsn.logTail()).isTrue();
                assertThat(server.connectedPeers()).as("still listed after 5 s\n%s", sgsn.logTail())
                        .extracting(GsupPeer::name).containsExactly(SGSN_NAME);
                assertThat(handler.drain()).as("no disconnect, no second connection")
                        .extracting(ScriptedHandler.Call::kind).doesNotContain(ScriptedHandler.Kind.DISCONNECTED,
                                ScriptedHandler.Kind.CONNECTED);
                String log = sgsn.log();
                assertThat(log).as("osmo-sgsn got our PONG\n%s", sgsn.logTail()).contains("GSUP receiving PONG");
                assertThat(log).doesNotContain("GSUP link to 127.0.0.1:" + server.localAddress().getPort() + " DOWN");
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
