package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.CapturedSubscribers.KI;
import static org.dgsm.hlr.core.CapturedSubscribers.OPC;
import static org.dgsm.hlr.core.TestHlr.name;

/** SAIs running at once never hand out the same SQN: not in one core, not across two processes' connections. */
class SqnConcurrencyTest {

    private static final String IMSI = "901700000000001";
    private static final UsimSide USIM = new UsimSide(KI, OPC);

    @TempDir
    Path dir;

    @Test
    void concurrentSaisInOneCoreNeverReuseASqn() throws Exception {
        try (TestHlr hlr = new TestHlr(dir)) {
            long id = addSubscriber(hlr.store);
            hlr.connect("msc-A1");

            List<Long> sqns = runConcurrently(6, 20, 2, () -> hlr.receive("msc-A1", sai(2)));

            assertAllDistinctAndStored(sqns, hlr.store, id, 6 * 20 * 2);
        }
    }

    @Test
    void twoStoresOnTheSameFileNeverReuseASqn() throws Exception {
        try (TestHlr first = new TestHlr(dir); SubscriberStore secondStore = SubscriberStore.open(first.file)) {
            long id = addSubscriber(first.store);
            first.connect("msc-A1");
            HlrCore second = new HlrCore(secondStore, HlrSettings.defaults(), new QueuedRands(99));
            second.onPeerConnected(name("msc-A1"), first.nowMillis);

            List<Long> sqns = Collections.synchronizedList(new ArrayList<>());
            sqns.addAll(runConcurrently(2, 15, 1, () -> first.receive("msc-A1", sai(1))));
            AtomicInteger turn = new AtomicInteger();
            List<Long> mixed = runConcurrently(4, 15, 1, () -> turn.getAndIncrement() % 2 == 0
                    ? first.receive("msc-A1", sai(1))
                    : second.onMessage(name("msc-A1"), sai(1), first.nowMillis));
            sqns.addAll(mixed);

            assertAllDistinctAndStored(sqns, first.store, id, 2 * 15 + 4 * 15);
        }
    }

    private static long addSubscriber(SubscriberStore store) {
        return store.createWithAuth(IMSI, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                AuthData3g.milenageWithOpc(KI, OPC)).id();
    }

    private static GsupMessage sai(int vectors) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, IMSI).numVectorsRequested(vectors).build();
    }

    private static List<Long> runConcurrently(int threads, int saisPerThread, int vectorsPerSai,
                                              Callable<List<GsupSend>> sai) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> sqns = new ArrayList<>();
                    for (int i = 0; i < saisPerThread; i++) {
                        List<GsupSend> sends = sai.call();
                        assertThat(sends).hasSize(1);
                        GsupMessage result = sends.get(0).message();
                        assertThat(result.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
                        assertThat(result.authTuples()).hasSize(vectorsPerSai);
                        for (AuthTuple tuple : result.authTuples()) {
                            sqns.add(USIM.sqnFromAutn(tuple.rand().toByteArray(), tuple.autn().toByteArray()));
                        }
                    }
                    return sqns;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAllDistinctAndStored(List<Long> sqns, SubscriberStore store, long id, int expected) {
        assertThat(sqns).hasSize(expected).doesNotHaveDuplicates();
        // IND 1 of msc-A1 with 5 IND bits: SEQ advances by one per vector, so SEQ runs 1..n without gaps.
        assertThat(sqns).allMatch(sqn -> sqn % 32 == 1);
        assertThat(Collections.max(sqns)).isEqualTo(32L * expected + 1);
        assertThat(store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(32L * expected + 1);
    }
}
