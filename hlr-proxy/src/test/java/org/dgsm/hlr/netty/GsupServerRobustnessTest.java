package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Mutations;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.RandomGsupMessages;
import org.dgsm.hlr.ipa.CcmEncoder;
import org.dgsm.hlr.ipa.CcmIdTag;
import org.dgsm.hlr.ipa.CcmMessage;
import org.dgsm.hlr.ipa.IpaFrame;
import org.dgsm.hlr.ipa.IpaFrameDecoder;
import org.dgsm.hlr.ipa.IpaFrameEncoder;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.ipa.MalformedIpaException;
import org.junit.jupiter.api.Test;

/**
 * Throws well over 100,000 malformed IPA/GSUP frames at one server over several connections (random and mutated GSUP,
 * stray streams, broken CCM, oversized headers, GSUP before identity) while a well-behaved client keeps asking and
 * must get every answer. Seeded, so a failure can be replayed.
 */
class GsupServerRobustnessTest {

    private static final int BAD_PEERS = 8;
    private static final int FRAMES_PER_PEER = 14_000;
    private static final int FRAMES_PER_SESSION = 2_000;
    private static final long SEED = 0x6a5b_4d47_534dL;

    /** What one bad peer achieved. */
    private record Damage(long framesSent, long errorAnswers, long droppedByServer, long sessions) {
    }

    @Test
    void keepsServingAWellBehavedClientWhileBadPeersThrowGarbage() throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        ScriptedHandler handler = new ScriptedHandler();
        handler.routeByDestination(false);
        ExecutorService pool = Executors.newCachedThreadPool();
        try (GsupServer server = GsupServer.start(group, new InetSocketAddress("127.0.0.1", 0), handler,
                GsupServerSettings.defaults())) {
            InetSocketAddress address = server.localAddress();
            AtomicBoolean fuzzing = new AtomicBoolean(true);
            Future<long[]> good = pool.submit(() -> wellBehavedClient(group, address, fuzzing));
            List<Future<Damage>> bad = new ArrayList<>();
            for (int i = 0; i < BAD_PEERS; i++) {
                int peer = i;
                bad.add(pool.submit(() -> badPeer(address, peer, new Random(SEED + peer), pool)));
            }
            long frames = 0;
            List<Damage> damages = new ArrayList<>();
            for (Future<Damage> f : bad) {
                Damage damage = f.get(60, TimeUnit.SECONDS);
                damages.add(damage);
                frames += damage.framesSent();
            }
            fuzzing.set(false);
            long[] asked = good.get(30, TimeUnit.SECONDS);

            assertThat(frames).as("malformed frames thrown").isGreaterThanOrEqualTo(100_000);
            assertThat(asked[0]).as("requests of the good client").isGreaterThanOrEqualTo(20);
            assertThat(asked[1]).as("every one answered").isEqualTo(asked[0]);
            for (Damage damage : damages) {
                assertThat(damage.errorAnswers() + damage.droppedByServer())
                        .as("bad peer got an error or was dropped: %s", damage).isPositive();
            }
            try (IpaTestPeer late = IpaTestPeer.identified(address, "msc-after-the-storm")) {
                late.sendGsup(GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, "901700000099999").build());
                assertThat(late.readGsup(Duration.ofSeconds(5)).messageType())
                        .isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT.code());
                assertThat(server.connectedPeers()).extracting(GsupPeer::displayName).contains("msc-after-the-storm");
            }
        } finally {
            pool.shutdownNow();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** @return {requests sent, answers received} */
    private static long[] wellBehavedClient(EventLoopGroup group, InetSocketAddress address, AtomicBoolean fuzzing)
            throws Exception {
        SynchronousQueue<GsupMessage> answers = new SynchronousQueue<>();
        GsupClientSettings settings = GsupClientSettings.of(IpaIdentity.of("msc-good", "MSC", "dgsm-test"));
        try (GsupClient client = GsupClient.connect(group, address, settings, message -> {
            try {
                answers.offer(message, 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            if (!client.awaitReady(Duration.ofSeconds(5))) {
                throw new AssertionError("good client never became ready");
            }
            long sent = 0;
            long answered = 0;
            while (fuzzing.get() || sent < 20) {
                String imsi = String.format("90170000001%04d", sent % 10_000);
                if (!client.send(GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).build())) {
                    throw new AssertionError("good client's link went down");
                }
                sent++;
                GsupMessage answer = answers.poll(5, TimeUnit.SECONDS);
                if (answer != null && answer.imsi().equals(imsi)
                        && answer.messageType() == GsupMessageType.SEND_AUTH_INFO_RESULT.code()) {
                    answered++;
                }
            }
            return new long[] {sent, answered};
        }
    }

    private static Damage badPeer(InetSocketAddress address, int peer, Random random, ExecutorService pool)
            throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (GsupVectors.Vector v : GsupVectors.withPrefix("cap")) {
            seeds.add(v.bytes());
        }
        for (GsupVectors.Vector v : GsupVectors.withPrefix("lib")) {
            seeds.add(v.bytes());
        }
        long frames = 0;
        long sessions = 0;
        AtomicLong errors = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        while (frames < FRAMES_PER_PEER) {
            sessions++;
            try (Socket socket = new Socket()) {
                socket.connect(address, 2_000);
                AtomicBoolean mine = new AtomicBoolean(false);
                Future<?> reader = pool.submit(() -> drain(socket, errors, dropped, mine));
                OutputStream out = socket.getOutputStream();
                if (random.nextInt(5) > 0) {
                    IpaIdentity identity = IpaIdentity.of("msc-bad-" + peer, "MSC", "fuzz");
                    out.write(CcmEncoder.frame(identity.answer(CcmIdTag.OSMO_HLR_REQUEST)));
                }
                ByteArrayOutputStream batch = new ByteArrayOutputStream();
                int inBatch = Math.min(FRAMES_PER_SESSION, (int) (FRAMES_PER_PEER - frames));
                for (int i = 0; i < inBatch; i++) {
                    batch.writeBytes(junkFrame(random, seeds));
                }
                boolean killer = random.nextBoolean();
                if (killer) {
                    batch.writeBytes(streamKiller(random));
                    mine.set(true);
                }
                try {
                    out.write(batch.toByteArray());
                    out.flush();
                    frames += inBatch + (killer ? 1 : 0);
                } catch (IOException e) {
                    // the server dropped us part way through: what was written before still counts once
                    frames += inBatch / 2;
                }
                if (killer) {
                    reader.get(10, TimeUnit.SECONDS); // the server must close a stream it cannot recover
                } else {
                    socket.shutdownOutput();
                    reader.get(10, TimeUnit.SECONDS);
                }
            }
        }
        return new Damage(frames, errors.get(), dropped.get(), sessions);
    }

    /** Reads until the server closes; counts GSUP error answers and closes the server made on its own. */
    private static Void drain(Socket socket, AtomicLong errors, AtomicLong dropped, AtomicBoolean expectClose)
            throws IOException {
        IpaFrameDecoder decoder = new IpaFrameDecoder();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16 * 1024];
        socket.setSoTimeout(15_000);
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                if (expectClose.get()) {
                    dropped.incrementAndGet();
                }
                return null;
            }
            try {
                for (IpaFrame frame : decoder.feed(buffer, 0, n)) {
                    if (frame.isGsup() && frame.payload().length() > 0
                            && GsupMessageType.kindOf(frame.payload().get(0)) == GsupMessageType.Kind.ERROR) {
                        errors.incrementAndGet();
                    }
                }
            } catch (MalformedIpaException e) {
                throw new AssertionError("the server sent a malformed IPA stream", e);
            }
        }
    }

    /** One frame of junk that a healthy server survives without closing the connection. */
    private static byte[] junkFrame(Random random, List<byte[]> seeds) {
        int kind = random.nextInt(10);
        byte[] gsup;
        if (kind < 4) {
            gsup = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
        } else if (kind < 7) {
            gsup = Mutations.randomBytes(random, 80);
        } else if (kind < 8) {
            GsupMessage message = RandomGsupMessages.next(random);
            gsup = Mutations.mutate(GsupEncoder.encode(message), random);
        } else if (kind < 9) {
            // other streams and Osmocom extensions: ignored by the server
            int stream = random.nextBoolean() ? IpaFrame.STREAM_OSMO : random.nextInt(0xfe);
            Octets payload = Octets.of(Mutations.randomBytes(random, 40));
            IpaFrame frame = stream == IpaFrame.STREAM_OSMO
                    ? IpaFrame.osmo(random.nextInt(5), payload)
                    : IpaFrame.of(stream, payload);
            return frame.length() == 0 ? CcmEncoder.frame(new CcmMessage.Ping()) : IpaFrameEncoder.encode(frame);
        } else {
            return CcmEncoder.frame(random.nextBoolean() ? new CcmMessage.Ping()
                    : new CcmMessage.Other(0x08 + random.nextInt(4), Octets.of(Mutations.randomBytes(random, 8))));
        }
        if (gsup.length > IpaFrame.MAX_LENGTH - 1) {
            gsup = java.util.Arrays.copyOf(gsup, IpaFrame.MAX_LENGTH - 1);
        }
        return IpaFrameEncoder.encode(IpaFrame.gsup(Octets.of(gsup)));
    }

    /** Bytes after which the IPA stream cannot be recovered: the server must drop the connection. */
    private static byte[] streamKiller(Random random) {
        return switch (random.nextInt(3)) {
            // a header announcing more than 1197 bytes
            case 0 -> Hex.parse(String.format("%04xee05", 1198 + random.nextInt(0xffff - 1198)));
            // an ID_RESP whose entry runs past the end of the frame
            case 1 -> IpaFrameEncoder.encode(IpaFrame.ccm(Octets.fromHex("05" + "00ff00" + "6d73")));
            // an ID_GET entry of length 0
            default -> IpaFrameEncoder.encode(IpaFrame.ccm(Octets.fromHex("040008")));
        };
    }
}
