package org.dgsm.hlr.ctrl.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dgsm.hlr.ctrl.CtrlFrames;
import org.dgsm.hlr.ctrl.CtrlScenario;
import org.dgsm.hlr.ctrl.Escapes;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.testkit.OsmoHlrExtension;
import org.dgsm.testkit.OsmoHlrProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same CTRL requests against the real osmo-hlr 1.5.0 (127.0.0.1:4259) and against our {@link CtrlServer}
 * (127.0.0.2:4259), each on a copy of the same database: every answer must be identical byte for byte. Needs
 * osmo-hlr installed. With {@code -Ddgsm.ctrl.transcript=FILE} it also writes osmo-hlr's answers in the format of
 * the transcript resource that {@code CtrlTranscriptTest} replays.
 */
class CtrlInteropTest {

    private static final InetSocketAddress OSMO_CTRL = new InetSocketAddress("127.0.0.1", CtrlServer.DEFAULT_PORT);
    private static final InetSocketAddress OUR_CTRL = new InetSocketAddress("127.0.0.2", CtrlServer.DEFAULT_PORT);

    private static EventLoopGroup group;

    @RegisterExtension
    final OsmoHlrExtension osmoHlr = new OsmoHlrExtension();

    @TempDir
    Path dir;

    @BeforeAll
    static void startEventLoops() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoops() {
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void everyRequestGetsTheAnswerOsmoHlrGives() throws Exception {
        List<CtrlScenario.Request> requests = CtrlScenario.requests();
        List<String> transcript = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        try (Peers peers = startBoth();
             CtrlTestClient osmo = CtrlTestClient.connect(OSMO_CTRL);
             CtrlTestClient ours = CtrlTestClient.connect(OUR_CTRL)) {
            for (CtrlScenario.Request request : requests) {
                byte[] osmoAnswer = osmo.exchange(request.bytes());
                byte[] ourAnswer = ours.exchange(request.bytes());
                transcript.add("> " + Escapes.escape(request.bytes()));
                transcript.add(osmoAnswer.length == 0 ? "<" : "< " + Escapes.escape(osmoAnswer));
                if (!Arrays.equals(osmoAnswer, ourAnswer)) {
                    differences.add(request.line() + "\n    osmo-hlr: " + Escapes.escape(osmoAnswer)
                            + "\n    ours:     " + Escapes.escape(ourAnswer));
                }
            }
            assertThat(peers.osmo.isAlive()).as("osmo-hlr survived the requests").isTrue();
        }
        writeTranscriptIfAsked(transcript);
        assertThat(requests).hasSizeGreaterThan(200);
        assertThat(differences).as("requests answered differently").isEmpty();
    }

    @Test
    void otherProtocolsCloseTheConnectionLikeOsmoHlr() throws Exception {
        byte[] get = text("GET 1 subscriber.by-id-1.msisdn");
        byte[] gsupExtension = {0x00, 0x02, (byte) 0xee, 0x05, 0x08};
        byte[] otherStream = {0x00, 0x02, 0x00, 0x00, 0x00};
        try (Peers peers = startBoth()) {
            for (byte[] closer : List.of(gsupExtension, otherStream)) {
                try (CtrlTestClient osmo = CtrlTestClient.connect(OSMO_CTRL);
                     CtrlTestClient ours = CtrlTestClient.connect(OUR_CTRL)) {
                    assertThat(answer(ours, get)).isEqualTo(answer(osmo, get))
                            .isEqualTo("GET_REPLY 1 subscriber.by-id-1.msisdn 101");
                    // osmo-hlr drops answers still queued when it closes, so the closing frame comes alone
                    assertThat(osmo.sendAndReadToEnd(closer)).as("osmo-hlr closes without answering").isEmpty();
                    assertThat(ours.sendAndReadToEnd(closer)).as("we close without answering").isEmpty();
                }
            }
            assertThat(peers.osmo().isAlive()).as("osmo-hlr survived").isTrue();
        }
    }

    /**
     * The documented differences (see CtrlCommands), shown against the real thing: osmo-hlr's process counters do not
     * exist here, and XOR-3G data is kept without the OPc that osmo-hlr stores for it.
     */
    @Test
    void documentedDifferencesAreWhatTheDocumentationSays() throws Exception {
        try (Peers peers = startBoth();
             CtrlTestClient osmo = CtrlTestClient.connect(OSMO_CTRL);
             CtrlTestClient ours = CtrlTestClient.connect(OUR_CTRL)) {
            byte[] counter = text("GET 1 rate_ctr.abs.foo.0.bar");
            assertThat(answer(ours, counter)).isEqualTo("ERROR 1 Command not found");
            assertThat(answer(osmo, counter)).startsWith("ERROR 1 ").isNotEqualTo("ERROR 1 Command not found");

            byte[] setXor = text("SET 2 subscriber.by-id-4.aud3g xor,000102030405060708090a0b0c0d0e0f,opc,"
                    + "101112131415161718191a1b1c1d1e1f");
            assertThat(answer(ours, setXor)).isEqualTo(answer(osmo, setXor))
                    .isEqualTo("SET_REPLY 2 subscriber.by-id-4.aud3g OK");
            byte[] getXor = text("GET 3 subscriber.by-id-4.aud3g");
            assertThat(answer(osmo, getXor)).isEqualTo("GET_REPLY 3 subscriber.by-id-4.aud3g "
                    + "XOR,000102030405060708090a0b0c0d0e0f,OPC,101112131415161718191a1b1c1d1e1f,5");
            assertThat(answer(ours, getXor)).isEqualTo("GET_REPLY 3 subscriber.by-id-4.aud3g "
                    + "XOR,000102030405060708090a0b0c0d0e0f,OPC,00000000000000000000000000000000,5");
            assertThat(peers.osmo().isAlive()).as("osmo-hlr survived").isTrue();
        }
    }

    private static String answer(CtrlTestClient client, byte[] request) throws IOException {
        byte[] frame = client.exchange(request);
        assertThat(frame.length).as("one CTRL frame").isGreaterThan(4);
        assertThat(((frame[0] & 0xff) << 8 | frame[1] & 0xff) + 3).as("one CTRL frame").isEqualTo(frame.length);
        return new String(frame, 4, frame.length - 4, StandardCharsets.ISO_8859_1);
    }

    private static byte[] text(String ctrl) {
        return CtrlFrames.frameText(ctrl.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** osmo-hlr and our server, each on its own copy of the scenario's database. */
    private Peers startBoth() throws Exception {
        Path scenario = dir.resolve("scenario.db");
        if (!Files.exists(scenario)) {
            try (SubscriberStore store = SubscriberStore.open(scenario)) {
                CtrlScenario.provision(store);
            }
        }
        Path osmoDb = Files.createTempFile(dir, "osmo-", ".db");
        Path ourDb = Files.createTempFile(dir, "ours-", ".db");
        Files.copy(scenario, osmoDb, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(scenario, ourDb, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        OsmoHlrProcess osmo = osmoHlr.start(OsmoHlrProcess.builder(dir).bindIp(OSMO_CTRL.getHostString())
                .database(osmoDb).ipaName("hlr-ctrl-" + osmoDb.getFileName().toString().replace(".db", "")));
        awaitListening(OSMO_CTRL);
        SubscriberStore store = SubscriberStore.open(ourDb);
        try {
            return new Peers(osmo, store, CtrlServer.start(group, OUR_CTRL, store));
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private record Peers(OsmoHlrProcess osmo, SubscriberStore store, CtrlServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
            osmo.stop();
        }
    }

    private static void awaitListening(InetSocketAddress address) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(address, 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nothing listens on " + address + " within 10 s");
    }

    private static void writeTranscriptIfAsked(List<String> transcript) throws IOException {
        String file = System.getProperty("dgsm.ctrl.transcript");
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Answers of osmo-hlr 1.5.0 (Debian 12, libosmocore 1.7.0) to ctrl/interop-requests.txt on the database");
        lines.add("# of CtrlScenario.provision, all on one connection: '> request bytes', then '< answer bytes' (a lone '<':");
        lines.add("# no answer). Written by CtrlInteropTest with -Ddgsm.ctrl.transcript=FILE; escapes \\n \\t \\\\ \\xNN.");
        lines.addAll(transcript);
        Files.write(Path.of(file), lines, StandardCharsets.UTF_8);
    }
}
