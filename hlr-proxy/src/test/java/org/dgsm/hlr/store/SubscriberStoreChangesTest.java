package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provisioning that touches several rows is one transaction: all of it is stored, or nothing. */
class SubscriberStoreChangesTest {

    private static final String IMSI = "901700000000001";
    private static final String KI = "0123456789abcdef0123456789abcdef";
    private static final String K = "000102030405060708090a0b0c0d0e0f";
    private static final String OPC = "101112131415161718191a1b1c1d1e1f";

    @TempDir
    Path dir;

    private Path file;
    private SubscriberStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("hlr.db");
        store = SubscriberStore.open(file);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createsASubscriberWithBothAuthDataAtOnce() {
        Subscriber s = store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                AuthData3g.milenageWithOpc(K, OPC));
        assertThat(s.msisdn()).isEqualTo("1001");
        assertThat(store.findAuth2g(s.id())).contains(AuthData2g.of(AuthAlgorithm.COMP128V1, KI));
        assertThat(store.findAuth3g(s.id())).map(AuthData3g::opc).contains(OPC);
    }

    @Test
    void createWithBadAuthDataStoresNothing() throws Exception {
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, "abcd"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findByImsi(IMSI)).isEmpty();
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    @Test
    void createWithATakenMsisdnStoresNothing() throws Exception {
        store.create("901700000000002", "1001");
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null))
                .isInstanceOf(DuplicateSubscriberException.class).hasMessageContaining("1001");
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    @Test
    void updatesSeveralPartsInOneGo() {
        Subscriber created = store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        Subscriber s = store.update(IMSI, new SubscriberStore.Changes("2002", false, null, null, true,
                AuthData3g.milenageWithOpc(K, OPC), false));
        assertThat(s.msisdn()).isEqualTo("2002");
        assertThat(s.namCs()).isFalse();
        assertThat(s.namPs()).isTrue();
        assertThat(store.findAuth2g(created.id())).isEmpty();
        assertThat(store.findAuth3g(created.id())).isPresent();
    }

    @Test
    void removesTheMsisdn() {
        store.create(IMSI, "1001");
        Subscriber s = store.update(IMSI, new SubscriberStore.Changes(SubscriberStore.Changes.REMOVE, null, null,
                null, false, null, false));
        assertThat(s.msisdn()).isNull();
        assertThat(store.findByMsisdn("1001")).isEmpty();
    }

    @Test
    void updateWithATakenMsisdnChangesNothing() throws Exception {
        store.create(IMSI, "1001");
        store.create("901700000000002", "2002");
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.update(IMSI, new SubscriberStore.Changes("2002", false, null, null, false,
                null, false))).isInstanceOf(DuplicateSubscriberException.class);
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    @Test
    void updateOfAnUnknownSubscriberFails() {
        assertThatThrownBy(() -> store.update(IMSI, new SubscriberStore.Changes("1", null, null, null, false, null,
                false))).isInstanceOf(UnknownSubscriberException.class).hasMessageContaining(IMSI);
    }

    @Test
    void countsSubscribersAttachedDirectlySinceATime() {
        java.time.Instant t0 = java.time.Instant.parse("2026-01-01T10:00:00Z");
        store.create(IMSI, "1001");
        store.create("901700000000002", "1002");
        store.create("901700000000003", "1003");
        store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-1", null, t0);
        store.recordLocationUpdate("901700000000002", CnDomain.CS, "msc-1", null, t0.plusSeconds(100));
        store.recordLocationUpdate("901700000000003", CnDomain.CS, "msc-B1", "hlr-B", t0.plusSeconds(100));
        assertThat(store.countAttachedSince(t0)).isEqualTo(2);
        assertThat(store.countAttachedSince(t0.plusSeconds(50))).isEqualTo(1);
        assertThat(store.countAttachedSince(t0.plusSeconds(101))).isZero();
    }
}
