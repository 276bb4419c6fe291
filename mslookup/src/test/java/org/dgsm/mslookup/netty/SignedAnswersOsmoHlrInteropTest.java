package org.dgsm.mslookup.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.signing.AnswerSigner;
import org.dgsm.mslookup.signing.MeshKey;
import org.dgsm.mslookup.signing.MeshKeyRing;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's osmo-hlr 1.5 as D-GSM proxy finds the home HLR of a foreign IMSI through our signing responder: its
 * mslookup client takes our answer despite the companion and connects to the answered GSUP address, while a
 * companion alone leads nowhere. (Plain
 * ProcessBuilder: this module does not depend on the testkit.)
 */
class SignedAnswersOsmoHlrInteropTest {

    private static final String OSMO_HLR = "/usr/bin/osmo-hlr";
    private static final String SUFFIX = DomainSuffix.DEFAULT;
    private static final String FOREIGN_IMSI = "901700000024701";
    private static final MslookupQuery HOME_HLR = new MslookupQuery("gsup.hlr", MslookupId.imsi(FOREIGN_IMSI));
    private static final HexFormat HEX = HexFormat.of();
    /** gsup_vectors.txt ipa03 (ID_RESP of fake MSC msc-B1), ipa04 (ID_ACK), ipa07 (SAI request for FOREIGN_IMSI). */
    private static final byte[] ID_RESP = HEX.parseHex("004cfe05000708302f302f300000130730303a30303a30303a30303a3030"
            + "3a303000000202000002030000020400000e0566616b652d6d73632d302e31000005014d5343000008006d73632d423100");
    private static final byte[] ID_ACK = HEX.parseHex("0001fe06");
    private static final byte[] SAI = HEX.parseHex("000fee0508010809710000004207f1280102");
    private static final InetAddress HOME_IP = loopback("127.0.0.5");
    private static final MslookupResult HOME = new MslookupResult(0, new ServiceAddress(HOME_IP, 4222), null);
    private static final MeshKey KEY =
            MeshKey.fromHex("assembly-2026-03", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static EventLoopGroup group;

    private static InetAddress loopback(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void osmoHlrProxyConnectsToTheHomeHlrASigningResponderNamed() throws Exception {
        MslookupResponder plain = new MslookupResponder(SUFFIX,
                q -> q.equals(HOME_HLR) ? Optional.of(HOME) : Optional.empty());
        try (MulticastMslookupResponder responder = MulticastMslookupResponder.open(group,
                MulticastConfig.defaults(), plain, SUFFIX, SigningSettings.of(MeshKeyRing.of(KEY)))) {
            assertThat(proxyConnectsToHome(8_000)).as("osmo-hlr connected to the answered home HLR").isTrue();
            assertThat(plain.answered()).isGreaterThanOrEqualTo(1);
            assertThat(responder.signingResponder().unsignedAnswers()).isZero();
        }
    }

    /** The control: a companion alone is no answer for osmo-hlr, which gives up on the IMSI after 2 s. */
    @Test
    void osmoHlrProxyDoesNotTakeACompanionForAnAnswer() throws Exception {
        MslookupResponder plain = new MslookupResponder(SUFFIX,
                q -> q.equals(HOME_HLR) ? Optional.of(HOME) : Optional.empty());
        AnswerSigner signer = new AnswerSigner(KEY, SUFFIX);
        AtomicReference<MulticastEndpoint> self = new AtomicReference<>();
        self.set(MulticastEndpoint.open(group, MulticastConfig.defaults(), datagram -> {
            MulticastEndpoint endpoint = self.get();
            if (endpoint != null) {
                plain.onPacket(datagram).ifPresent(a -> endpoint.send(signer.sign(a, System.currentTimeMillis())));
            }
        }));
        try (MulticastEndpoint ignored = self.get()) {
            assertThat(proxyConnectsToHome(3_500)).as("osmo-hlr connected to the home HLR").isFalse();
            assertThat(plain.answered()).isGreaterThanOrEqualTo(1);
        }
    }

    /** Starts osmo-hlr, sends it a SAI for the foreign IMSI as MSC, and waits for it to connect to HOME_IP:4222. */
    private boolean proxyConnectsToHome(int waitMillis) throws Exception {
        try (ServerSocket homeHlr = new ServerSocket()) {
            homeHlr.bind(new InetSocketAddress(HOME_IP, 4222));
            homeHlr.setSoTimeout(waitMillis);
            Process hlr = startOsmoHlr();
            try (Socket msc = connectWhenUp(new InetSocketAddress("127.0.0.1", 4222), hlr)) {
                readSome(msc.getInputStream()); // ID_GET
                OutputStream out = msc.getOutputStream();
                out.write(ID_RESP);
                out.write(ID_ACK);
                out.write(SAI);
                out.flush();
                try (Socket proxied = homeHlr.accept()) {
                    return proxied.getInetAddress().isLoopbackAddress();
                } catch (SocketTimeoutException e) {
                    return false;
                }
            } finally {
                hlr.destroy();
                if (!hlr.waitFor(5, TimeUnit.SECONDS)) {
                    hlr.destroyForcibly();
                }
            }
        }
    }

    private Process startOsmoHlr() throws IOException {
        Path cfg = dir.resolve("osmo-hlr.cfg");
        Files.writeString(cfg, String.join("\n",
                "log stderr", " logging filter all 1", " logging color 0", " logging level set-all notice",
                " logging level dgsm info",
                "line vty", " bind 127.0.0.1",
                "ctrl", " bind 127.0.0.1",
                "hlr", " gsup", "  bind ip 127.0.0.1", "  ipa-name hlr-B",
                "mslookup", " mdns bind 239.192.23.42 4266", " client", ""));
        return new ProcessBuilder(OSMO_HLR, "-c", cfg.toString(), "-l", dir.resolve("hlr.db").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("osmo-hlr.log").toFile())
                .start();
    }

    private Socket connectWhenUp(InetSocketAddress address, Process hlr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            if (!hlr.isAlive()) {
                throw new AssertionError("osmo-hlr exited: " + Files.readString(dir.resolve("osmo-hlr.log")));
            }
            Socket socket = new Socket();
            try {
                socket.connect(address, 1000);
                socket.setSoTimeout(5_000);
                return socket;
            } catch (IOException e) {
                socket.close();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("osmo-hlr GSUP port not up: " + Files.readString(dir.resolve("osmo-hlr.log")));
                }
                Thread.sleep(50);
            }
        }
    }

    private static void readSome(InputStream in) throws IOException {
        if (in.read(new byte[64]) < 0) {
            throw new AssertionError("osmo-hlr closed the GSUP connection at once");
        }
    }
}
