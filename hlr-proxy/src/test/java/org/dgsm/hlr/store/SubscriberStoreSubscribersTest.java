package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberStoreSubscribersTest {

    private static final String IMSI = "901700000000001";
    private static final String OTHER_IMSI = "901700000000002";
    private static final Instant START = Instant.parse("2026-11-25T10:11:12Z");

    @TempDir
    Path dir;

    private Path file;
    private TestClock clock;
    private SubscriberStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("hlr.db");
        clock = new TestClock(START);
        store = SubscriberStore.open(file, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Runs the call, expects it to fail as described, and checks the file did not change. */
    private void assertFailsWithoutChange(ThrowingCallable call, Class<? extends Throwable> type, String message)
            throws Exception {
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(message);
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    @Test
    void createsSubscriberWithOsmoDefaults() {
        Subscriber created = store.create(IMSI);
        assertThat(created.id()).isPositive();
        assertThat(created.imsi()).isEqualTo(IMSI);
        assertThat(created.msisdn()).isNull();
        assertThat(created.namCs()).isTrue();
        assertThat(created.namPs()).isTrue();
        assertThat(created.msPurgedCs()).isFalse();
        assertThat(created.msPurgedPs()).isFalse();
        assertThat(created.vlrNumber()).isNull();
        assertThat(created.sgsnNumber()).isNull();
        assertThat(created.lastLuSeen()).isNull();
        assertThat(created.lastLuSeenPs()).isNull();
        assertThat(created.imei()).isNull();
        assertThat(store.findByImsi(IMSI)).contains(created);
        assertThat(store.findAuth2g(created.id())).isEmpty();
        assertThat(store.findAuth3g(created.id())).isEmpty();
    }

    @Test
    void findsSubscriberByImsiMsisdnAndId() {
        Subscriber created = store.create(IMSI, "1001");
        store.create(OTHER_IMSI, "1002");
        assertThat(created.msisdn()).isEqualTo("1001");
        assertThat(store.findByImsi(IMSI)).contains(created);
        assertThat(store.findByMsisdn("1001")).contains(created);
        assertThat(store.findById(created.id())).contains(created);
    }

    @Test
    void findsNothingForUnknownOrMalformedIdentifiers() {
        store.create(IMSI, "1001");
        assertThat(store.findByImsi(OTHER_IMSI)).isEmpty();
        assertThat(store.findByImsi("not an imsi")).isEmpty();
        assertThat(store.findByMsisdn("1002")).isEmpty();
        assertThat(store.findByMsisdn("")).isEmpty();
        assertThat(store.findById(999)).isEmpty();
    }

    @Test
    void listsSubscribersOrderedById() {
        Subscriber first = store.create("901700000000009");
        Subscriber second = store.create("901700000000003", "3");
        Subscriber third = store.create("901700000000005");
        assertThat(first.id()).isLessThan(second.id());
        assertThat(second.id()).isLessThan(third.id());
        assertThat(store.list()).containsExactly(first, second, third);
    }

    @Test
    void listsNothingInAnEmptyFile() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    void acceptsImsiOfSixAndOfFifteenDigits() {
        assertThat(store.create("123456").imsi()).isEqualTo("123456");
        assertThat(store.create("123456789012345").imsi()).isEqualTo("123456789012345");
    }

    @Test
    void rejectsImsiShorterThanSixDigits() throws Exception {
        assertFailsWithoutChange(() -> store.create("12345"), IllegalArgumentException.class,
                "IMSI must be 6 to 15 decimal digits, got '12345'");
    }

    @Test
    void rejectsImsiLongerThanFifteenDigits() throws Exception {
        assertFailsWithoutChange(() -> store.create("1234567890123456"), IllegalArgumentException.class,
                "IMSI must be 6 to 15 decimal digits");
    }

    @Test
    void rejectsImsiWithNonDigits() throws Exception {
        assertFailsWithoutChange(() -> store.create("90170000000000x"), IllegalArgumentException.class,
                "got '90170000000000x'");
        assertFailsWithoutChange(() -> store.create("９０１７０００００"), IllegalArgumentException.class, "IMSI");
    }

    @Test
    void rejectsMsisdnThatIsEmptyTooLongOrNotDigits() throws Exception {
        assertFailsWithoutChange(() -> store.create(IMSI, ""), IllegalArgumentException.class,
                "MSISDN must be 1 to 15 decimal digits");
        assertFailsWithoutChange(() -> store.create(IMSI, "1234567890123456"), IllegalArgumentException.class,
                "MSISDN must be 1 to 15 decimal digits");
        assertFailsWithoutChange(() -> store.create(IMSI, "+4930"), IllegalArgumentException.class,
                "got '+4930'");
    }

    @Test
    void rejectsDuplicateImsi() throws Exception {
        Subscriber existing = store.create(IMSI, "1001");
        assertFailsWithoutChange(() -> store.create(IMSI, "1002"), DuplicateSubscriberException.class,
                "IMSI " + IMSI + " already exists (subscriber id " + existing.id() + ")");
    }

    @Test
    void rejectsDuplicateMsisdnOnCreate() throws Exception {
        store.create(IMSI, "1001");
        assertFailsWithoutChange(() -> store.create(OTHER_IMSI, "1001"), DuplicateSubscriberException.class,
                "MSISDN 1001 is already used by subscriber IMSI " + IMSI);
        assertThat(store.findByImsi(OTHER_IMSI)).isEmpty();
    }

    @Test
    void setsChangesAndRemovesMsisdn() {
        store.create(IMSI);
        assertThat(store.updateMsisdn(IMSI, "1001").msisdn()).isEqualTo("1001");
        assertThat(store.updateMsisdn(IMSI, "1001").msisdn()).isEqualTo("1001");
        assertThat(store.updateMsisdn(IMSI, "2002").msisdn()).isEqualTo("2002");
        assertThat(store.findByMsisdn("1001")).isEmpty();
        assertThat(store.findByMsisdn("2002")).map(Subscriber::imsi).contains(IMSI);
        assertThat(store.updateMsisdn(IMSI, null).msisdn()).isNull();
        assertThat(store.findByMsisdn("2002")).isEmpty();
    }

    @Test
    void removedMsisdnCanBeGivenToAnotherSubscriber() {
        store.create(IMSI, "1001");
        store.create(OTHER_IMSI);
        store.updateMsisdn(IMSI, null);
        assertThat(store.updateMsisdn(OTHER_IMSI, "1001").msisdn()).isEqualTo("1001");
    }

    @Test
    void rejectsMsisdnUpdateToNumberOfAnotherSubscriber() throws Exception {
        store.create(IMSI, "1001");
        store.create(OTHER_IMSI, "1002");
        assertFailsWithoutChange(() -> store.updateMsisdn(OTHER_IMSI, "1001"), DuplicateSubscriberException.class,
                "MSISDN 1001 is already used by subscriber IMSI " + IMSI);
    }

    @Test
    void rejectsChangesToUnknownImsi() throws Exception {
        store.create(IMSI);
        String unknown = "no subscriber with IMSI " + OTHER_IMSI;
        assertFailsWithoutChange(() -> store.updateMsisdn(OTHER_IMSI, "1"), UnknownSubscriberException.class, unknown);
        assertFailsWithoutChange(() -> store.setNetworkAccess(OTHER_IMSI, CnDomain.CS, false),
                UnknownSubscriberException.class, unknown);
        assertFailsWithoutChange(() -> store.setPurged(OTHER_IMSI, CnDomain.PS, true),
                UnknownSubscriberException.class, unknown);
        assertFailsWithoutChange(() -> store.updateImei(OTHER_IMSI, "35696830653408"),
                UnknownSubscriberException.class, unknown);
        assertFailsWithoutChange(() -> store.recordLocationUpdate(OTHER_IMSI, CnDomain.CS, "msc-A1", null),
                UnknownSubscriberException.class, unknown);
        assertFailsWithoutChange(() -> store.delete(OTHER_IMSI), UnknownSubscriberException.class, unknown);
    }

    @Test
    void rejectsChangesNamingAMalformedImsi() throws Exception {
        store.create(IMSI);
        assertFailsWithoutChange(() -> store.updateMsisdn("123", "1"), IllegalArgumentException.class, "IMSI");
        assertFailsWithoutChange(() -> store.delete("abcdef"), IllegalArgumentException.class, "IMSI");
    }

    @Test
    void setsNetworkAccessModePerDomain() {
        store.create(IMSI);
        Subscriber csOff = store.setNetworkAccess(IMSI, CnDomain.CS, false);
        assertThat(csOff.namCs()).isFalse();
        assertThat(csOff.namPs()).isTrue();
        Subscriber psOff = store.setNetworkAccess(IMSI, CnDomain.PS, false);
        assertThat(psOff.namCs()).isFalse();
        assertThat(psOff.namPs()).isFalse();
        assertThat(psOff.networkAccessAllowed(CnDomain.PS)).isFalse();
        Subscriber csOn = store.setNetworkAccess(IMSI, CnDomain.CS, true);
        assertThat(csOn.namCs()).isTrue();
        assertThat(csOn.namPs()).isFalse();
        assertThat(store.findByImsi(IMSI)).contains(csOn);
    }

    @Test
    void setsAndClearsPurgeFlagsPerDomain() {
        store.create(IMSI);
        Subscriber purgedCs = store.setPurged(IMSI, CnDomain.CS, true);
        assertThat(purgedCs.msPurgedCs()).isTrue();
        assertThat(purgedCs.msPurgedPs()).isFalse();
        Subscriber purgedBoth = store.setPurged(IMSI, CnDomain.PS, true);
        assertThat(purgedBoth.purged(CnDomain.PS)).isTrue();
        assertThat(store.setPurged(IMSI, CnDomain.CS, false).msPurgedCs()).isFalse();
    }

    @Test
    void locationUpdateLeavesPurgeFlagSetAsOsmoHlrDoes() {
        store.create(IMSI);
        store.setPurged(IMSI, CnDomain.CS, true);
        Subscriber after = store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-A1", null);
        assertThat(after.msPurgedCs()).isTrue();
    }

    @Test
    void storesAndForgetsImei() {
        store.create(IMSI);
        assertThat(store.updateImei(IMSI, "35696830653408").imei()).isEqualTo("35696830653408");
        assertThat(store.updateImei(IMSI, null).imei()).isNull();
    }

    @Test
    void rejectsImeiThatIsNotFourteenDigits() throws Exception {
        store.create(IMSI);
        assertFailsWithoutChange(() -> store.updateImei(IMSI, "356968306534080"), IllegalArgumentException.class,
                "IMEI (14 digits, without check digit) must be exactly 14 decimal digits");
        assertFailsWithoutChange(() -> store.updateImei(IMSI, "3569683065340"), IllegalArgumentException.class,
                "IMEI");
        assertFailsWithoutChange(() -> store.updateImei(IMSI, "3569683065340A"), IllegalArgumentException.class,
                "IMEI");
    }

    @Test
    void recordsCsLocationUpdateWithVlrProxyAndClockTime() throws Exception {
        store.create(IMSI);
        Subscriber after = store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-B1", "hlr-B");
        assertThat(after.vlrNumber()).isEqualTo("msc-B1");
        assertThat(after.vlrViaProxy()).isEqualTo("hlr-B");
        assertThat(after.lastLuSeen()).isEqualTo(START);
        assertThat(after.sgsnNumber()).isNull();
        assertThat(after.lastLuSeenPs()).isNull();
        assertThat(DbFiles.queryString(file, "SELECT last_lu_seen FROM subscriber")).isEqualTo("2026-11-25 10:11:12");
    }

    @Test
    void recordsPsLocationUpdateSeparately() throws Exception {
        store.create(IMSI);
        store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-A1", null);
        clock.advance(Duration.ofSeconds(75));
        Subscriber after = store.recordLocationUpdate(IMSI, CnDomain.PS, "sgsn-A", "hlr-C");
        assertThat(after.sgsnNumber()).isEqualTo("sgsn-A");
        assertThat(after.sgsnViaProxy()).isEqualTo("hlr-C");
        assertThat(after.lastLuSeenPs()).isEqualTo(START.plusSeconds(75));
        assertThat(after.vlrNumber()).isEqualTo("msc-A1");
        assertThat(after.lastLuSeen()).isEqualTo(START);
        assertThat(DbFiles.queryString(file, "SELECT last_lu_seen_ps FROM subscriber"))
                .isEqualTo("2026-11-25 10:12:27");
    }

    @Test
    void directLocationUpdateClearsTheProxyOfTheEarlierOne() {
        store.create(IMSI);
        store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-B1", "hlr-B");
        clock.advance(Duration.ofMinutes(5));
        Subscriber after = store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-A1", null);
        assertThat(after.vlrNumber()).isEqualTo("msc-A1");
        assertThat(after.vlrViaProxy()).isNull();
        assertThat(after.lastLuSeen()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void storesLocationUpdateTimeInWholeSeconds() throws Exception {
        store.create(IMSI);
        clock.advance(Duration.ofMillis(999));
        Subscriber after = store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-A1", null);
        assertThat(after.lastLuSeen()).isEqualTo(START);
        assertThat(DbFiles.queryString(file, "SELECT last_lu_seen FROM subscriber")).isEqualTo("2026-11-25 10:11:12");
    }

    @Test
    void rejectsLocationUpdateWithEmptyOrNulContainingNames() throws Exception {
        store.create(IMSI);
        assertFailsWithoutChange(() -> store.recordLocationUpdate(IMSI, CnDomain.CS, "", null),
                IllegalArgumentException.class, "VLR name must not be empty");
        assertFailsWithoutChange(() -> store.recordLocationUpdate(IMSI, CnDomain.PS, "sgsn\0", null),
                IllegalArgumentException.class, "SGSN name must not contain NUL");
        assertFailsWithoutChange(() -> store.recordLocationUpdate(IMSI, CnDomain.CS, "msc-A1", ""),
                IllegalArgumentException.class, "proxy name must not be empty");
    }

    @Test
    void readsLocationUpdateTimeWrittenByOsmoHlrAndToleratesGarbage() throws Exception {
        Subscriber created = store.create(IMSI);
        store.create(OTHER_IMSI);
        // osmo-hlr writes datetime($unix_time, 'unixepoch'); someone else might have written anything.
        DbFiles.execute(file,
                "UPDATE subscriber SET last_lu_seen = datetime(1795687872, 'unixepoch') WHERE imsi = '" + IMSI + "'",
                "UPDATE subscriber SET last_lu_seen = 'yesterday' WHERE imsi = '" + OTHER_IMSI + "'");
        assertThat(store.findById(created.id()).orElseThrow().lastLuSeen())
                .isEqualTo(Instant.ofEpochSecond(1795687872));
        assertThat(store.findByImsi(OTHER_IMSI).orElseThrow().lastLuSeen()).isNull();
    }

    @Test
    void deletesSubscriberWithAllRowsKeyedByItsId() throws Exception {
        Subscriber victim = store.create(IMSI, "1001");
        Subscriber keeper = store.create(OTHER_IMSI, "1002");
        for (Subscriber s : new Subscriber[] {victim, keeper}) {
            store.setAuth2g(s.imsi(), AuthData2g.of(AuthAlgorithm.COMP128V1, "0123456789abcdef0123456789abcdef"));
            store.setAuth3g(s.imsi(), AuthData3g.xor3g("000102030405060708090a0b0c0d0e0f"));
            DbFiles.execute(file,
                    "INSERT INTO subscriber_apn (subscriber_id, apn) VALUES (" + s.id() + ", 'internet')",
                    "INSERT INTO subscriber_multi_msisdn (subscriber_id, msisdn) VALUES (" + s.id() + ", '9')");
        }
        assertThat(store.delete(IMSI)).isEqualTo(victim);
        assertThat(store.findByImsi(IMSI)).isEmpty();
        assertThat(store.findByMsisdn("1001")).isEmpty();
        assertThat(store.findAuth2g(victim.id())).isEmpty();
        assertThat(store.findAuth3g(victim.id())).isEmpty();
        for (String table : new String[] {"auc_2g", "auc_3g", "subscriber_apn", "subscriber_multi_msisdn"}) {
            assertThat(DbFiles.queryString(file, "SELECT group_concat(subscriber_id) FROM " + table))
                    .as(table).isEqualTo(Long.toString(keeper.id()));
        }
        assertThat(store.findAuth2g(keeper.id())).isPresent();
        assertThat(store.findAuth3g(keeper.id())).isPresent();
    }

    @Test
    void subscriberReusingTheIdOfADeletedOneHasNoAuthData() {
        store.create(OTHER_IMSI);
        Subscriber last = store.create(IMSI);
        store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.COMP128V1, "0123456789abcdef0123456789abcdef"));
        store.delete(IMSI);
        Subscriber reborn = store.create("901700000000003");
        assertThat(reborn.id()).isEqualTo(last.id());
        assertThat(store.findAuth2g(reborn.id())).isEmpty();
    }
}
