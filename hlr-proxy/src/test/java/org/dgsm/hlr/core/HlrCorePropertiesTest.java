package org.dgsm.hlr.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageBuilder;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupSession;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.RandomGsupMessages;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.SubscriberStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.CapturedSubscribers.KI;
import static org.dgsm.hlr.core.CapturedSubscribers.OPC;

/**
 * Random conversations with the core — plausible GSUP traffic around a few subscribers, mixed with fully random
 * messages, from random peers that come and go while time passes — must never trip the core's safety net, must answer
 * every request at most once, and must only ever send to connected peers messages that encode.
 */
class HlrCorePropertiesTest {

    private static final String[] PEERS = {"msc-A1", "msc-A2", "sgsn-1", "hlr-B", "msc-B1"};
    private static final String[] OTHER_NAMES = {"msc-B1", "msc-B2", "msc-Z9", "unnamed-HLR", ""};
    private static final String[] IMSIS = {
            "901700000000001", // 2G only, MSISDN
            "901700000000002", // 2G + 3G
            "901700000000003", // no auth data, PS access off, no MSISDN
            "901700000009999", // unknown
            "90170",           // invalid
    };
    private static final int[] TYPES = {0x04, 0x04, 0x08, 0x08, 0x0c, 0x30, 0x12, 0x12, 0x11, 0x1e, 0x1d, 0x20,
            0x34, 0x06, 0x0a};

    private static final Path FOLDER = temporaryFolder();
    private static final SubscriberStore STORE = openStore();

    private sealed interface Step permits Connect, Disconnect, Receive, Advance {
    }

    private record Connect(String peer) implements Step {
    }

    private record Disconnect(String peer) implements Step {
    }

    private record Receive(String peer, GsupMessage message) implements Step {
    }

    private record Advance(long millis) implements Step {
    }

    @Property(tries = 500)
    void neverFailsAndAnswersEveryRequestAtMostOnce(@ForAll("conversations") List<Step> steps) {
        HlrCore core = new HlrCore(STORE, HlrSettings.defaults().withStoreImei(true), new QueuedRands(7));
        Set<Octets> connected = new HashSet<>();
        Map<Integer, Integer> requests = new HashMap<>();
        Map<Integer, Integer> finalAnswers = new HashMap<>();
        long now = 1_700_000_000_000L;

        for (Step step : steps) {
            List<GsupSend> sends;
            if (step instanceof Connect c) {
                connected.add(TestHlr.name(c.peer()));
                sends = core.onPeerConnected(TestHlr.name(c.peer()), now);
            } else if (step instanceof Disconnect d) {
                connected.remove(TestHlr.name(d.peer()));
                sends = core.onPeerDisconnected(TestHlr.name(d.peer()), now);
            } else if (step instanceof Advance a) {
                now += a.millis();
                sends = core.onTime(now);
            } else {
                Receive r = (Receive) step;
                connected.add(TestHlr.name(r.peer()));
                GsupMessage in = r.message();
                sends = core.onMessage(TestHlr.name(r.peer()), in, now);
                if (in.isRequest()) {
                    requests.merge(in.messageType(), 1, Integer::sum);
                    long answersToThis = sends.stream().filter(s -> s.message() != in)
                            .filter(s -> isFinalAnswer(s.message(), in.messageType())).count();
                    assertThat(answersToThis).as("answers to %s", in).isLessThanOrEqualTo(1);
                }
                sends = sends.stream().filter(s -> s.message() != in).toList();
            }
            for (GsupSend send : sends) {
                Statistics.label("sent").collect(send.message().type());
                assertThat(connected).as("target of %s", send.message().type()).contains(send.peer());
                assertEncodes(send.message());
                int type = send.message().messageType();
                if (type != GsupMessageType.ROUTING_ERROR.code() && (type & 3) != 0 && (type & 3) != 3) {
                    finalAnswers.merge(type & ~3, 1, Integer::sum);
                }
            }
        }
        now += HlrSettings.DEFAULT_LOCATION_UPDATE_TIMEOUT.toMillis();
        for (GsupSend send : core.onTime(now)) {
            finalAnswers.merge(send.message().messageType() & ~3, 1, Integer::sum);
        }

        assertThat(core.internalErrors()).isZero();
        assertThat(core.pendingLocationUpdates()).isZero();
        assertThat(core.nextDeadline()).isEmpty();
        finalAnswers.forEach((requestType, answers) -> assertThat(answers)
                .as("final answers of type 0x%02x", requestType)
                .isLessThanOrEqualTo(requests.getOrDefault(requestType, 0)));
    }

    @Provide
    Arbitrary<List<Step>> conversations() {
        return Arbitraries.randomValue(HlrCorePropertiesTest::step).list().ofMinSize(1).ofMaxSize(30);
    }

    private static Step step(Random r) {
        int dice = r.nextInt(20);
        if (dice == 0) {
            return new Connect(pick(r, PEERS));
        }
        if (dice == 1) {
            return new Disconnect(pick(r, PEERS));
        }
        if (dice == 2) {
            return new Advance(r.nextInt(3) == 0 ? 30_000 : r.nextInt(20_000));
        }
        if (dice == 3) {
            return new Receive(pick(r, PEERS), RandomGsupMessages.next(r));
        }
        return new Receive(pick(r, PEERS), plausibleMessage(r));
    }

    private static GsupMessage plausibleMessage(Random r) {
        int type = r.nextInt(10) == 0 ? r.nextInt(256) : TYPES[r.nextInt(TYPES.length)];
        GsupMessageBuilder b = GsupMessage.builder(type, pick(r, IMSIS));
        if (r.nextInt(3) > 0) {
            b.cnDomain(r.nextInt(8) == 0 ? 1 + r.nextInt(255) : 1 + r.nextInt(2));
        }
        if (r.nextInt(6) == 0) {
            b.sourceName(name(r, pick(r, OTHER_NAMES)));
        }
        if (r.nextInt(6) == 0) {
            b.destinationName(name(r, pick(r, r.nextBoolean() ? PEERS : OTHER_NAMES)));
        }
        if (type == GsupMessageType.SEND_AUTH_INFO_REQUEST.code()) {
            if (r.nextBoolean()) {
                b.numVectorsRequested(1 + r.nextInt(7));
            }
            if (r.nextInt(5) == 0) {
                b.auts(bytes(r, 14));
            }
            if (r.nextInt(5) == 0) {
                b.rand(bytes(r, 16));
            }
            if (r.nextInt(5) == 0) {
                b.currentRatType(1 + r.nextInt(3));
            }
        }
        if (type == GsupMessageType.CHECK_IMEI_REQUEST.code() && r.nextInt(5) > 0) {
            b.imei(r.nextBoolean() ? Octets.fromHex("0753968330653408") : bytes(r, r.nextInt(10)));
        }
        if (r.nextInt(5) == 0) {
            b.messageClass(1 + r.nextInt(5));
        }
        if (r.nextInt(6) == 0) {
            b.session(new GsupSession(r.nextInt(1000), 1 + r.nextInt(3)));
        }
        if (type == GsupMessageType.INSERT_DATA_ERROR.code() || r.nextInt(10) == 0) {
            b.cause(1 + r.nextInt(255));
        }
        return b.build();
    }

    private static boolean isFinalAnswer(GsupMessage sent, int requestType) {
        int type = sent.messageType();
        return type == (requestType | 1) || type == (requestType | 2) || type == GsupMessageType.ROUTING_ERROR.code();
    }

    private static void assertEncodes(GsupMessage message) {
        try {
            assertThat(GsupDecoder.decode(GsupEncoder.encode(message))).isEqualTo(message);
        } catch (MalformedGsupException e) {
            throw new AssertionError("sent message does not decode: " + message, e);
        }
    }

    private static Octets name(Random r, String text) {
        if (text.isEmpty()) {
            return r.nextBoolean() ? Octets.EMPTY : bytes(r, 1 + r.nextInt(140));
        }
        return r.nextInt(10) == 0 ? Octets.ascii(text) : TestHlr.name(text);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Octets bytes(Random r, int length) {
        byte[] out = new byte[length];
        r.nextBytes(out);
        return Octets.of(out);
    }

    private static Path temporaryFolder() {
        try {
            Path shm = Path.of("/dev/shm");
            // tmpfs makes the store's fsync per change free, which keeps thousands of transactions fast.
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "dgsm-core-properties")
                    : Files.createTempDirectory("dgsm-core-properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SubscriberStore openStore() {
        SubscriberStore store = SubscriberStore.open(FOLDER.resolve("hlr.db"));
        store.createWithAuth(IMSIS[0], "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        store.createWithAuth(IMSIS[1], "1002", AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                AuthData3g.milenageWithOpc(KI, OPC));
        store.create(IMSIS[2]);
        store.setNetworkAccess(IMSIS[2], CnDomain.PS, false);
        return store;
    }

    @AfterContainer
    static void removeDatabase() throws IOException {
        STORE.close();
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
