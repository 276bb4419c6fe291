package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberStoreSqnTest {

    private static final String IMSI = "901700000000001";
    private static final String K = "000102030405060708090a0b0c0d0e0f";
    private static final String OPC = "101112131415161718191a1b1c1d1e1f";

    @TempDir
    Path dir;

    private Path file;
    private SubscriberStore store;
    private long id;

    @BeforeEach
    void open() {
        file = dir.resolve("hlr.db");
        store = SubscriberStore.open(file);
        id = store.create(IMSI).id();
        store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** hlr-auc.md §2.3 with one vector: next = ((stored + 2^L) with the low L bits cleared) + ind. */
    private static LongUnaryOperator nextSqn(int indBitlen, int ind) {
        long step = 1L << indBitlen;
        return stored -> ((stored + step) & ~(step - 1)) + (ind % step);
    }

    @Test
    void advancesSqnAndReturnsPreviousAndStoredValues() {
        SqnUpdate first = store.advanceSqn(id, nextSqn(5, 1));
        assertThat(first).isEqualTo(new SqnUpdate(0, 33));
        SqnUpdate second = store.advanceSqn(id, nextSqn(5, 1));
        assertThat(second).isEqualTo(new SqnUpdate(33, 65));
        assertThat(store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(65);
    }

    @Test
    void reproducesTheSqnSequenceCapturedFromOsmoHlr() {
        // hlr-auc.md §2.3 table, rows 1-4: IND 1 (msc-A1), 1, 2 (msc-B1 via proxy), 3 (msc-A2).
        assertThat(store.indForVlr("msc-A1")).isEqualTo(1);
        assertThat(store.advanceSqn(id, nextSqn(5, store.indForVlr("msc-A1"))).stored()).isEqualTo(33);
        assertThat(store.advanceSqn(id, nextSqn(5, store.indForVlr("msc-A1"))).stored()).isEqualTo(65);
        assertThat(store.advanceSqn(id, nextSqn(5, store.indForVlr("msc-B1"))).stored()).isEqualTo(98);
        assertThat(store.advanceSqn(id, nextSqn(5, store.indForVlr("msc-A2"))).stored()).isEqualTo(131);
        // Row 5: a resync stores SQN_MS = 23 first, then the next SEQ with IND 3 is used: 35, stored backwards.
        assertThat(store.advanceSqn(id, stored -> nextSqn(5, 3).applyAsLong(23)))
                .isEqualTo(new SqnUpdate(131, 35));
    }

    @Test
    void storesNothingWhenTheFunctionFails() throws Exception {
        store.advanceSqn(id, sqn -> 40);
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.advanceSqn(id, sqn -> {
            throw new IllegalStateException("AuC failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("AuC failed");
        assertThatThrownBy(() -> store.advanceSqn(id, sqn -> 1L << 48))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SQN must be within 0 to 2^48-1");
        assertThatThrownBy(() -> store.advanceSqn(id, sqn -> -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
        assertThat(store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(40);
    }

    @Test
    void compareAndSetStoresOnlyWhenExpectedValueMatches() {
        assertThat(store.compareAndSetSqn(id, 0, 33)).isTrue();
        assertThat(store.compareAndSetSqn(id, 0, 65)).isFalse();
        assertThat(store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(33);
        assertThat(store.compareAndSetSqn(id, 33, 65)).isTrue();
        assertThat(store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(65);
    }

    @Test
    void compareAndSetRejectsSqnBeyond48Bits() throws Exception {
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.compareAndSetSqn(id, 0, 1L << 48))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SQN must be within 0 to 2^48-1");
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    @Test
    void sqnOperationsNameMissingSubscriberOrMissing3gData() {
        long without3g = store.create("901700000000002").id();
        assertThatThrownBy(() -> store.advanceSqn(without3g, sqn -> sqn + 1))
                .isInstanceOf(MissingAuthDataException.class)
                .hasMessageContaining("subscriber id " + without3g + " has no 3G auth data");
        assertThatThrownBy(() -> store.compareAndSetSqn(without3g, 0, 1))
                .isInstanceOf(MissingAuthDataException.class);
        assertThatThrownBy(() -> store.advanceSqn(12345, sqn -> sqn + 1))
                .isInstanceOf(UnknownSubscriberException.class)
                .hasMessageContaining("no subscriber with id 12345");
    }

    @Test
    void concurrentAdvancesNeverHandOutTheSameSqn() throws Exception {
        int threads = 8;
        int perThread = 50;
        Set<Long> previous = ConcurrentHashMap.newKeySet();
        runConcurrently(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                SqnUpdate update = store.advanceSqn(id, sqn -> sqn + 1);
                assertThat(update.stored()).isEqualTo(update.previous() + 1);
                assertThat(previous.add(update.previous())).as("previous %d seen twice", update.previous()).isTrue();
            }
            return null;
        });
        assertThat(previous).hasSize(threads * perThread);
        assertThat(store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(threads * perThread);
    }

    @Test
    void concurrentCompareAndSetFromTwoConnectionsNeverLosesAnUpdate() throws Exception {
        // A second store on the same file stands for another process (its own SQLite connection).
        try (SubscriberStore other = SubscriberStore.open(file)) {
            SubscriberStore[] stores = {store, other};
            int perThread = 40;
            Set<Long> won = ConcurrentHashMap.newKeySet();
            runConcurrently(4, new Callable<>() {
                private final java.util.concurrent.atomic.AtomicInteger next =
                        new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Void call() {
                    SubscriberStore mine = stores[next.getAndIncrement() % 2];
                    int successes = 0;
                    while (successes < perThread) {
                        long seen = mine.findAuth3g(id).orElseThrow().sqn();
                        if (mine.compareAndSetSqn(id, seen, seen + 1)) {
                            assertThat(won.add(seen)).as("SQN %d won twice", seen).isTrue();
                            successes++;
                        }
                    }
                    return null;
                }
            });
            assertThat(won).hasSize(4 * perThread);
            assertThat(other.findAuth3g(id).orElseThrow().sqn()).isEqualTo(4 * perThread);
        }
    }

    @Test
    void givesFirstVlrInd1AndKeepsEachVlrsIndStable() {
        assertThat(store.indForVlr("msc-A1")).isEqualTo(1);
        assertThat(store.indForVlr("msc-B1")).isEqualTo(2);
        assertThat(store.indForVlr("msc-A1")).isEqualTo(1);
        assertThat(store.indForVlr("sgsn-A")).isEqualTo(3);
        assertThat(store.indForVlr("msc-B1")).isEqualTo(2);
    }

    @Test
    void keepsIndAcrossReopen() {
        store.indForVlr("msc-A1");
        store.indForVlr("msc-B1");
        store.close();
        store = SubscriberStore.open(file);
        assertThat(store.indForVlr("msc-B1")).isEqualTo(2);
        assertThat(store.indForVlr("msc-C1")).isEqualTo(3);
    }

    @Test
    void concurrentIndRequestsForANewVlrAgreeOnOneSlot() throws Exception {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        runConcurrently(8, () -> {
            for (int i = 0; i < 20; i++) {
                seen.add(store.indForVlr("msc-" + i));
            }
            return null;
        });
        assertThat(seen).hasSize(20);
        assertThat(DbFiles.queryString(file, "SELECT count(*) FROM ind")).isEqualTo("20");
    }

    @Test
    void rejectsEmptyOrNulContainingVlrName() throws Exception {
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.indForVlr(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VLR name must not be empty");
        assertThatThrownBy(() -> store.indForVlr("msc-A1\0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("msc-A1\\u0000");
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    private static void runConcurrently(int threads, Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
