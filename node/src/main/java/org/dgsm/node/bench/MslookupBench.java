package org.dgsm.node.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.ScheduledFuture;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastEndpoint;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupQueryEncoder;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a bounded, paced stream of mslookup queries to the group and times each answer. Answers are
 * matched by packet id (every responder copies it), so a slow answer is never credited to a newer
 * query for the same name. A query unanswered within the timeout counts as an error.
 */
public final class MslookupBench {

    private final MulticastConfig config;
    private final String domainSuffix;
    private final List<MslookupQuery> queries;
    private final int count;
    private final int ratePerSecond;
    private final long timeoutMillis;
    private final int warmup;

    private final MslookupAnswerDecoder answerDecoder;
    private final long[] sentAt = new long[0x10000];
    private final LatencyRecorder recorder = new LatencyRecorder();
    private int sent;
    private int outstanding;
    private long firstSend;
    private long lastAnswer;

    public MslookupBench(MulticastConfig config, String domainSuffix, List<MslookupQuery> queries, int count,
                         int ratePerSecond, long timeoutMillis, int warmup) {
        if (queries.isEmpty() || count < 1 || ratePerSecond < 1 || timeoutMillis < 1) {
            throw new IllegalArgumentException("bench needs a query, count >= 1, rate >= 1 and timeout >= 1");
        }
        if (count > 1_000_000) {
            throw new IllegalArgumentException("count is bounded to 1000000 per run");
        }
        this.config = config;
        this.domainSuffix = domainSuffix;
        this.answerDecoder = new MslookupAnswerDecoder(domainSuffix);
        this.queries = List.copyOf(queries);
        this.count = count;
        this.ratePerSecond = ratePerSecond;
        this.timeoutMillis = timeoutMillis;
        if (warmup < 0 || warmup > 100_000) {
            throw new IllegalArgumentException("warmup must be 0..100000");
        }
        this.warmup = warmup;
    }

    /** Runs to completion and returns the JSON result line. */
    public String run() throws IOException, InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<MulticastEndpoint> endpoint = new AtomicReference<>();
        try {
            endpoint.set(MulticastEndpoint.open(group, config, datagram -> {
                if (onDatagram(datagram) && sent == warmup + count && outstanding == 0) {
                    done.countDown();
                }
            }));
            MulticastEndpoint e = endpoint.get();
            long start = System.nanoTime();
            int total = warmup + count;
            ScheduledFuture<?> pacer = e.eventLoop().scheduleAtFixedRate(() -> {
                long due = Math.min(total, (System.nanoTime() - start) * ratePerSecond / 1_000_000_000L + 1);
                while (sent < due) {
                    send(e);
                }
            }, 0, 1, TimeUnit.MILLISECONDS);
            long budget = TimeUnit.SECONDS.toMillis(total / ratePerSecond + 1) + timeoutMillis;
            done.await(budget, TimeUnit.MILLISECONDS);
            pacer.cancel(false);
            e.eventLoop().submit(() -> {
                for (long at : sentAt) {
                    if (at > 0) {
                        recorder.error();
                    }
                }
                outstanding = 0;
            }).syncUninterruptibly();
            long elapsed = (lastAnswer == 0 ? System.nanoTime() : lastAnswer) - firstSend;
            String extra = "\"target\": " + LatencyRecorder.quote(config.group().getHostAddress() + ":" + config.port())
                    + ", \"query\": " + LatencyRecorder.quote(queries.get(0).toString()) + ", ";
            return recorder.json("mslookup", extra, count, elapsed);
        } finally {
            MulticastEndpoint e = endpoint.get();
            if (e != null) {
                e.close();
            }
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
        }
    }

    private void send(MulticastEndpoint e) {
        int id = sent & 0xFFFF;
        MslookupQuery query = queries.get(sent % queries.size());
        long now = System.nanoTime();
        if (sent == warmup) {
            firstSend = now;
        }
        if (sentAt[id] != 0) {
            if (sentAt[id] > 0) {
                recorder.error();   // the id wrapped while its query was still unanswered
            }
            outstanding--;
        }
        sentAt[id] = sent < warmup ? -now : now;   // negative: a warm-up query, answered but not counted
        sent++;
        outstanding++;
        e.send(MslookupQueryEncoder.encode(id, query, domainSuffix));
    }

    /** @return true when the datagram answered one of our queries (our own looped-back queries do not decode) */
    private boolean onDatagram(byte[] datagram) {
        MslookupAnswer answer;
        try {
            answer = answerDecoder.decode(datagram);
        } catch (MalformedPacketException e) {
            return false;
        }
        int id = answer.packetId();
        long at = sentAt[id];
        if (at == 0) {
            return false;
        }
        sentAt[id] = 0;
        outstanding--;
        if (at < 0) {
            return true;
        }
        lastAnswer = System.nanoTime();
        recorder.record(lastAnswer - at);
        return true;
    }
}
