package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.SmsId;
import org.dgsm.smpp.message.Tlv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteSmsStoreTest {

    @TempDir
    Path dir;

    private SqliteSmsStore store;

    @BeforeEach
    void open() {
        store = SqliteSmsStore.open(dir.resolve("sms-queue.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static SmsRecord record(int seed, Route route, ServiceAddress target) throws Exception {
        byte[] id = new byte[16];
        id[0] = (byte) seed;
        ShortMessage m = new ShortMessage("CMT", new SmppAddress(3, 1, "1001"), new SmppAddress(0xff, 9, "2001"),
                0x41, 0x7f, 1, "", "000001000000000R", 1, 0, 0x08, 0, new byte[] {5, 0, 3, 1, 2, 1, 0, 0x41},
                List.of(new Tlv(0x0204, new byte[] {0, 1}), new Tlv(0x0424, new byte[0])));
        return new SmsRecord(SmsId.fromBytes(id), RecordKind.MESSAGE, Origin.PEER, route, target, m,
                new ServiceAddress(InetAddress.getByName("fd00::2"), 2776), SmsId.fromBytes(new byte[16]),
                RecordState.PENDING, 3, 1_000, 2_000, 1_500, "no answer", "m1");
    }

    @Test
    void opensInWalModeWithFullSync() {
        assertThat(store.pragma("journal_mode")).isEqualTo("wal");
        assertThat(store.pragma("synchronous")).isEqualTo("2");
    }

    @Test
    void recordsComeBackFieldForField() throws Exception {
        SmsRecord direct = record(1, Route.DIRECT, new ServiceAddress(InetAddress.getByName("10.1.2.3"), 2775));
        SmsRecord local = record(2, Route.LOCAL, null);
        store.apply(List.of(new StoreChange.Insert(direct), new StoreChange.Insert(local)));
        store.close();

        store = SqliteSmsStore.open(dir.resolve("sms-queue.db"));
        assertThat(store.loadAll()).containsExactly(direct, local);
    }

    @Test
    void updatesRewriteTheMutableColumns() throws Exception {
        SmsRecord r = record(1, Route.LOOKUP, null);
        store.apply(List.of(new StoreChange.Insert(r)));
        SmsRecord later = r.awaitingReceipt(4, 9_000, "m9");
        store.apply(List.of(new StoreChange.Update(later)));

        assertThat(store.loadAll()).containsExactly(later);
    }

    @Test
    void aFailingChangeRollsBackTheWholeBatch() throws Exception {
        SmsRecord r = record(1, Route.LOOKUP, null);
        SmsRecord missing = record(2, Route.LOOKUP, null);

        assertThatThrownBy(() -> store.apply(List.of(new StoreChange.Insert(r), new StoreChange.Update(missing))))
                .isInstanceOf(StoreException.class).hasMessageContaining("no queued SMS with id");
        assertThat(store.loadAll()).isEmpty();
    }

    @Test
    void seenIdsArePurgedByAge() {
        SmsId old = SmsId.fromBytes(new byte[16]);
        SmsId young = SmsId.fromBytes(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        store.apply(List.of(new StoreChange.MarkSeen(old, 100), new StoreChange.MarkSeen(young, 200)));

        assertThat(store.purgeSeen(150)).isEqualTo(1);
        assertThat(store.isSeen(old)).isFalse();
        assertThat(store.isSeen(young)).isTrue();
    }

    @Test
    void theQueueCanBeReadWhileTheOwnerHasItOpen() throws Exception {
        store.apply(List.of(new StoreChange.Insert(record(1, Route.LOOKUP, null))));

        List<QueuedSms> queue = SqliteSmsStore.readQueue(dir.resolve("sms-queue.db"));
        assertThat(queue).singleElement().satisfies(q -> {
            assertThat(q.attempts()).isEqualTo(3);
            assertThat(q.part()).isEqualTo("1/2");
            assertThat(q.nextHop()).isEqualTo("mslookup smpp.sms.2001.msisdn");
            assertThat(q.lastError()).isEqualTo("no answer");
        });
    }

    @Test
    void readingAMissingQueueFileSaysSo() {
        assertThatThrownBy(() -> SqliteSmsStore.readQueue(dir.resolve("nope.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no SMS queue at");
    }
}
