package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoamingCacheTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final String IMSI = "901700000014701";

    @TempDir
    Path folder;

    private static AuthTuple tuple(int n) {
        byte[] rand = new byte[16];
        rand[0] = (byte) n;
        return AuthTuple.gsm(rand, new byte[4], new byte[8]);
    }

    private static Visitor visitor() {
        return Visitor.fresh(IMSI, T0).withHome(new HomeAddress("127.0.0.1", 4222), T0)
                .withSubscriberData("1001", Octets.fromHex("10010809710000004107f1"), T0)
                .withCsAttach("msc-B1", false, T0, true);
    }

    @Test
    void keepsVisitorsAndTuplesAcrossReopening() {
        Path file = folder.resolve("hlr.db");
        try (SubscriberStore store = SubscriberStore.open(file)) {
            RoamingCache cache = new RoamingCache(store, Duration.ofDays(7), 10);
            cache.save(visitor());
            cache.addTuples(IMSI, List.of(tuple(1), tuple(2)), T0);
        }
        try (SubscriberStore store = SubscriberStore.open(file)) {
            RoamingCache cache = new RoamingCache(store, Duration.ofDays(7), 10);
            assertThat(cache.find(IMSI, T0)).contains(visitor());
            assertThat(cache.findByMsisdn("1001", T0)).contains(visitor());
            assertThat(cache.tupleCount(IMSI)).isEqualTo(2);
            assertThat(cache.pendingHomeUpdates(T0)).containsExactly(visitor());
        }
    }

    @Test
    void handsOutEachTupleOnceOldestFirst() {
        try (SubscriberStore store = SubscriberStore.open(folder.resolve("hlr.db"))) {
            RoamingCache cache = new RoamingCache(store, Duration.ofDays(7), 10);
            cache.save(visitor());
            cache.addTuples(IMSI, List.of(tuple(1), tuple(2), tuple(3)), T0);
            assertThat(cache.takeTuples(IMSI, 2)).containsExactly(tuple(1), tuple(2));
            assertThat(cache.takeTuples(IMSI, 2)).containsExactly(tuple(3));
            assertThat(cache.takeTuples(IMSI, 2)).isEmpty();
        }
    }

    @Test
    void forgetsVisitorsAndTheirTuplesAfterTheExpiry() {
        try (SubscriberStore store = SubscriberStore.open(folder.resolve("hlr.db"))) {
            RoamingCache cache = new RoamingCache(store, Duration.ofDays(7), 10);
            cache.save(visitor());
            cache.addTuples(IMSI, List.of(tuple(1)), T0);
            Instant later = T0.plus(Duration.ofDays(7)).plusMillis(1);
            assertThat(cache.find(IMSI, T0.plus(Duration.ofDays(7)))).isPresent();
            assertThat(cache.find(IMSI, later)).isEmpty();
            assertThat(cache.expire(later)).isEqualTo(1);
            assertThat(cache.list()).isEmpty();
            assertThat(cache.tupleCount(IMSI)).isZero();
        }
    }

    @Test
    void readsFromSqliteWhatTheMemoryNoLongerHolds() {
        try (SubscriberStore store = SubscriberStore.open(folder.resolve("hlr.db"))) {
            RoamingCache cache = new RoamingCache(store, Duration.ofDays(7), 1);
            cache.save(visitor());
            cache.save(Visitor.fresh("901700000014702", T0));
            assertThat(cache.find(IMSI, T0)).contains(visitor());
        }
    }

    @Test
    void parsesStoredHomeAddresses() {
        assertThat(HomeAddress.parse("127.0.0.1:4222")).isEqualTo(new HomeAddress("127.0.0.1", 4222));
        assertThat(HomeAddress.parse("[fd00::1]:4222")).isEqualTo(new HomeAddress("fd00::1", 4222));
        assertThat(new HomeAddress("fd00::1", 4222)).hasToString("[fd00::1]:4222");
    }

    @Test
    void readsTheMsisdnOfAnInsertSubscriberData() {
        assertThat(DgsmProxy.msisdnDigits(Octets.fromHex("020110"))).isEqualTo("1001");
        assertThat(DgsmProxy.msisdnDigits(Octets.fromHex("00"))).isNull();
        assertThat(DgsmProxy.msisdnDigits(Octets.fromHex("0501"))).isNull();
    }
}
