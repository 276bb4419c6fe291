package org.dgsm.hlr.ipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Mutations;

/** IPA framing, CCM and the handshakes over random and damaged input. */
class IpaPropertiesTest {

    private static final List<byte[]> FRAMES = GsupVectors.withPrefix("ipa").stream()
            .map(GsupVectors.Vector::bytes).toList();
    private static final List<byte[]> CCM_PAYLOADS = FRAMES.stream()
            .filter(f -> (f[2] & 0xff) == IpaFrame.STREAM_CCM)
            .map(f -> Arrays.copyOfRange(f, 3, f.length)).toList();

    /** A stream in random chunks yields the same frames (or the same failure) as the stream in one piece. */
    @Property(tries = 100_000)
    void frameDecoderIsIndifferentToChunkingAndOnlyThrowsMalformedIpa(@ForAll("streams") byte[] stream,
                                                                        @ForAll("seeds") long splitSeed) {
        Outcome whole = feedInChunks(stream, new Random(splitSeed), false);
        Outcome chunked = feedInChunks(stream, new Random(splitSeed), true);
        assertThat(chunked).isEqualTo(whole);
        Statistics.collect(whole.failure() == null ? "frames only" : "malformed");
    }

    @Property(tries = 100_000)
    void ccmDecoderOnlyThrowsMalformedIpaAndParsedMessagesReEncodeStably(@ForAll("ccmPayloads") byte[] payload) {
        CcmMessage message;
        try {
            message = CcmDecoder.decode(payload);
        } catch (MalformedIpaException e) {
            assertThat(e.getMessage()).isNotBlank();
            Statistics.collect("malformed");
            return;
        }
        Statistics.collect(message.getClass().getSimpleName());
        try {
            assertThat(CcmDecoder.decode(CcmEncoder.encode(message))).isEqualTo(message);
        } catch (MalformedIpaException e) {
            throw new AssertionError("re-encoded CCM message no longer decodes", e);
        }
    }

    /** The handshakes never throw on peer input, and their events keep the order the contracts promise. */
    @Property(tries = 10_000)
    void handshakesTurnAnyInputIntoConsistentEvents(@ForAll("streams") byte[] stream, @ForAll("seeds") long splitSeed) {
        IpaServerHandshake server = new IpaServerHandshake();
        IpaClientHandshake client = new IpaClientHandshake(IpaIdentity.of("msc-B1", "MSC", "test"), 1_000);
        List<IpaEvent> serverEvents = new ArrayList<>(server.onConnect());
        List<IpaEvent> clientEvents = new ArrayList<>(client.onConnect(0));
        Random random = new Random(splitSeed);
        int pos = 0;
        long now = 0;
        while (pos < stream.length) {
            int n = 1 + random.nextInt(stream.length - pos);
            serverEvents.addAll(server.onBytes(stream, pos, n));
            clientEvents.addAll(client.onBytes(stream, pos, n));
            clientEvents.addAll(client.onTimer(now += random.nextInt(800)));
            pos += n;
        }
        assertCloseIsFinal(serverEvents, server.isClosed());
        assertCloseIsFinal(clientEvents, client.isClosed());
        int identified = indexOf(serverEvents, IpaEvent.PeerIdentified.class);
        assertThat(serverEvents.stream().filter(IpaEvent.PeerIdentified.class::isInstance)).hasSizeLessThan(2);
        for (int i = 0; i < serverEvents.size(); i++) {
            IpaEvent event = serverEvents.get(i);
            if (event instanceof IpaEvent.GsupReceived) {
                assertThat(identified).isBetween(0, i - 1);
            } else if (event instanceof IpaEvent.GsupBeforeIdentity) {
                assertThat(identified < 0 || identified > i).isTrue();
            }
        }
        assertThat(server.peerName().isPresent()).isEqualTo(identified >= 0);
        Statistics.collect(identified >= 0 ? "identified" : "not identified", server.isClosed() ? "closed" : "open");
    }

    private static void assertCloseIsFinal(List<IpaEvent> events, boolean closed) {
        int close = indexOf(events, IpaEvent.Close.class);
        assertThat(close >= 0).isEqualTo(closed);
        if (closed) {
            assertThat(close).isEqualTo(events.size() - 1);
        }
    }

    private static int indexOf(List<IpaEvent> events, Class<? extends IpaEvent> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Provide
    Arbitrary<byte[]> streams() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.randomValue(r -> Mutations.mutate(concatenatedFrames(r), r))),
                Tuple.of(1, Arbitraries.randomValue(IpaPropertiesTest::concatenatedFrames)),
                Tuple.of(1, Arbitraries.randomValue(r -> Mutations.randomBytes(r, 64))));
    }

    @Provide
    Arbitrary<byte[]> ccmPayloads() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.randomValue(r -> Mutations.mutate(
                        CCM_PAYLOADS.get(r.nextInt(CCM_PAYLOADS.size())), r))),
                Tuple.of(1, Arbitraries.randomValue(r -> Mutations.randomBytes(r, 40))));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static byte[] concatenatedFrames(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            out.writeBytes(FRAMES.get(r.nextInt(FRAMES.size())));
        }
        return out.toByteArray();
    }

    private record Outcome(List<IpaFrame> frames, String failure) {
    }

    private static Outcome feedInChunks(byte[] stream, Random random, boolean chunked) {
        IpaFrameDecoder decoder = new IpaFrameDecoder();
        List<IpaFrame> frames = new ArrayList<>();
        int pos = 0;
        try {
            while (pos < stream.length) {
                int n = chunked ? 1 + random.nextInt(stream.length - pos) : stream.length;
                frames.addAll(decoder.feed(stream, pos, n));
                pos += n;
                assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(IpaFrame.HEADER_LENGTH + IpaFrame.MAX_LENGTH);
            }
        } catch (MalformedIpaException e) {
            frames.addAll(e.framesBeforeError());
            return new Outcome(frames, e.getMessage());
        }
        frames.forEach(f -> assertThat(f.length()).isBetween(1, IpaFrame.MAX_LENGTH));
        return new Outcome(frames, null);
    }

}
