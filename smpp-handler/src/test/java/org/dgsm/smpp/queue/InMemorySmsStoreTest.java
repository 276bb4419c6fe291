package org.dgsm.smpp.queue;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.SmsId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemorySmsStoreTest {

    private final InMemorySmsStore store = new InMemorySmsStore();

    private static SmsRecord record(int seed, long createdAt) {
        byte[] id = new byte[16];
        id[15] = (byte) seed;
        ShortMessage m = new ShortMessage("", new SmppAddress(1, 1, "1001"), new SmppAddress(1, 1, "2001"), 0, 0, 0,
                "", "", 0, 0, 0, 0, new byte[] {1}, List.of());
        return SmsRecord.pending(SmsId.fromBytes(id), RecordKind.MESSAGE, Origin.LOCAL_SMSC, Route.LOOKUP, null, m,
                null, null, createdAt, createdAt + 1000);
    }

    @Test
    void keepsRecordsInCreationOrderAndAppliesUpdates() {
        SmsRecord late = record(1, 20);
        SmsRecord early = record(2, 10);
        store.apply(List.of(new StoreChange.Insert(late), new StoreChange.Insert(early)));
        SmsRecord retried = late.retryAt(50, 1, "down");
        store.apply(List.of(new StoreChange.Update(retried)));

        assertThat(store.loadAll()).containsExactly(early, retried);
    }

    @Test
    void aFailingChangeLeavesEverythingAsItWas() {
        SmsRecord r = record(1, 10);
        assertThatThrownBy(() -> store.apply(List.of(new StoreChange.Insert(r),
                new StoreChange.Update(record(9, 10))))).isInstanceOf(StoreException.class);

        assertThat(store.loadAll()).isEmpty();
    }

    @Test
    void remembersSeenIdsUntilPurged() {
        SmsId id = record(1, 0).id();
        store.apply(List.of(new StoreChange.MarkSeen(id, 100)));

        assertThat(store.isSeen(id)).isTrue();
        assertThat(store.purgeSeen(100)).isZero();
        assertThat(store.purgeSeen(101)).isEqualTo(1);
        assertThat(store.isSeen(id)).isFalse();
    }
}
