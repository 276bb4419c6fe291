package org.dgsm.node.reliability;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.hlr.auc.Milenage;
import org.dgsm.hlr.gsup.AuthTuple;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A location update and auth info storm against one HLR, recording every acknowledgement in an {@link AckLog}.
 * Each caller owns its own IMSIs (index modulo callers), so the last acknowledged VLR name of an IMSI is exactly
 * what the database must hold. Callers are named {@code <prefix>-<n>}: give each round its own prefix.
 */
public final class Storm implements AutoCloseable {

    private static final Milenage MILENAGE = Milenage.withOpc(HexFormat.of().parseHex(Soak.KI),
            HexFormat.of().parseHex(Soak.OPC));

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private Storm() {
    }

    public static Storm start(InetSocketAddress hlr, String prefix, List<String> imsis, int callers, AckLog log,
                              Duration timeout) {
        Storm storm = new Storm();
        for (int i = 0; i < callers; i++) {
            int lane = i;
            String name = prefix + "-" + i;
            Thread t = new Thread(() -> storm.loop(hlr, name, lane, callers, imsis, log, timeout), name);
            storm.threads.add(t);
            t.start();
        }
        return storm;
    }

    private void loop(InetSocketAddress hlr, String name, int lane, int callers, List<String> imsis, AckLog log,
                      Duration timeout) {
        try (GsupCaller caller = GsupCaller.connect(group, hlr, name)) {
            if (!caller.awaitReady(Duration.ofSeconds(10))) {
                return;
            }
            for (int i = lane; running.get(); i += callers) {
                String imsi = imsis.get(i % imsis.size());
                log.sent(imsi, name);
                if (caller.locationUpdate(imsi, timeout) == GsupCaller.Outcome.RESULT) {
                    log.locationUpdateAcked(imsi, name);
                }
                GsupCaller.AuthInfo info = caller.sendAuthInfo(imsi, timeout);
                if (info.outcome() == GsupCaller.Outcome.RESULT) {
                    for (AuthTuple t : info.tuples()) {
                        if (t.hasUmts()) {
                            log.sqnAcked(imsi, sqnOf(t));
                        }
                    }
                    log.authInfoAcked();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SQN = the first 6 bytes of AUTN xor AK, AK = f5(K, RAND). */
    static long sqnOf(AuthTuple t) {
        byte[] autn = t.autn().toByteArray();
        byte[] ak = MILENAGE.f2345(t.rand().toByteArray()).ak();
        long sqn = 0;
        for (int i = 0; i < 6; i++) {
            sqn = (sqn << 8) | ((autn[i] ^ ak[i]) & 0xff);
        }
        return sqn;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(20_000);
        }
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
