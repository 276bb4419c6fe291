package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.dgsm.testkit.OsmoHlrExtension;
import org.dgsm.testkit.OsmoHlrProcess;
import org.dgsm.testkit.OsmoProgram;
import org.dgsm.testkit.OsmoVty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our store and the real osmo-hlr 1.5.0 take turns on the same hlr.db: each must read what the other wrote.
 * osmo-hlr is provisioned and checked through its VTY. Needs /usr/bin/osmo-hlr (fails with an install hint).
 */
class OsmoHlrDatabaseInteropTest {

    private static final String IMSI_A = "901700000000001";
    private static final String IMSI_B = "901700000000002";
    private static final String IMSI_C = "901700000000003";
    private static final String IMSI_D = "901700000000004";

    private static final String KI_A = "0123456789abcdef0123456789abcdef";
    private static final String K_A = "000102030405060708090a0b0c0d0e0f";
    private static final String OPC_A = "101112131415161718191a1b1c1d1e1f";
    private static final String KI_B = "fedcba9876543210fedcba9876543210";
    private static final String K_B = "202122232425262728292a2b2c2d2e2f";
    private static final String OPC_B = "303132333435363738393a3b3c3d3e3f";
    private static final String KI_C = "404142434445464748494a4b4c4d4e4f";
    private static final String K_C = "505152535455565758595a5b5c5d5e5f";
    private static final String OP_C = "606162636465666768696a6b6c6d6e6f";

    @RegisterExtension
    final OsmoHlrExtension osmo = new OsmoHlrExtension();

    @TempDir
    Path dir;

    /** A past, whole-second time, so osmo-hlr prints it as "... ago". */
    private final Instant luTime = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private final Clock clock = Clock.fixed(luTime, ZoneOffset.UTC);

    @BeforeEach
    void requireOsmoHlr() {
        OsmoProgram.require("osmo-hlr", "osmo-hlr");
    }

    @Test
    void fileProvisionedByOsmoHlrIsReadAndExtendedByUsAndStillReadByOsmoHlr() throws Exception {
        Path db = dir.resolve("hlr.db");

        // (1) osmo-hlr creates the file; two subscribers provisioned through its VTY.
        OsmoHlrProcess first = osmo.start(dir, db);
        try (OsmoVty vty = first.enabledVty()) {
            provisionThroughVty(vty, IMSI_A, "1001", KI_A.toUpperCase(), K_A, OPC_A);
            provisionThroughVty(vty, IMSI_B, "1002", KI_B, K_B.toUpperCase(), OPC_B);
        }
        first.stop();
        assertThat(DbFiles.userVersion(db)).isEqualTo(6);

        // (2) our store sees both with their auth data, adds a third and records location updates.
        try (SubscriberStore store = SubscriberStore.open(db, clock)) {
            assertThat(store.osmoSchemaVersion()).isEqualTo(6);
            List<Subscriber> subscribers = store.list();
            assertThat(subscribers).extracting(Subscriber::imsi).containsExactly(IMSI_A, IMSI_B);
            assertThat(subscribers).extracting(Subscriber::msisdn).containsExactly("1001", "1002");
            assertThat(subscribers).allSatisfy(s -> {
                assertThat(s.namCs()).isTrue();
                assertThat(s.namPs()).isTrue();
                assertThat(s.vlrNumber()).isNull();
            });
            Subscriber a = subscribers.get(0);
            Subscriber b = subscribers.get(1);
            // osmo-hlr stores hex as typed; compare case-insensitively, as osmo-hlr parses it.
            AuthData2g a2g = store.findAuth2g(a.id()).orElseThrow();
            assertThat(a2g.algorithm()).contains(AuthAlgorithm.COMP128V1);
            assertThat(a2g.ki()).isEqualToIgnoringCase(KI_A);
            AuthData3g a3g = store.findAuth3g(a.id()).orElseThrow();
            assertThat(a3g.algorithm()).contains(AuthAlgorithm.MILENAGE);
            assertThat(a3g.k()).isEqualToIgnoringCase(K_A);
            assertThat(a3g.op()).isNull();
            assertThat(a3g.opc()).isEqualToIgnoringCase(OPC_A);
            assertThat(a3g.sqn()).isZero();
            assertThat(a3g.indBitlen()).isEqualTo(5);
            assertThat(store.findAuth2g(b.id()).orElseThrow().ki()).isEqualToIgnoringCase(KI_B);
            assertThat(store.findAuth3g(b.id()).orElseThrow().k()).isEqualToIgnoringCase(K_B);
            assertThat(store.findAuth3g(b.id()).orElseThrow().opc()).isEqualToIgnoringCase(OPC_B);

            store.create(IMSI_C, "1003");
            store.setAuth2g(IMSI_C, AuthData2g.of(AuthAlgorithm.COMP128V1, KI_C));
            store.setAuth3g(IMSI_C, AuthData3g.milenageWithOp(K_C, OP_C));
            store.recordLocationUpdate(IMSI_C, CnDomain.CS, "msc-B1", "hlr-B");
            store.recordLocationUpdate(IMSI_A, CnDomain.CS, "msc-A1", null);
            store.advanceSqn(a.id(), sqn -> sqn + 33);
        }
        assertThat(DbFiles.userVersion(db)).isEqualTo(6);

        // (3) osmo-hlr starts again on the file and shows all three as they are.
        OsmoHlrProcess second = osmo.start(dir, db);
        try (OsmoVty vty = second.enabledVty()) {
            List<String> a = vty.commandLines("show subscriber imsi " + IMSI_A);
            assertThat(a).contains("IMSI: " + IMSI_A, "MSISDN: 1001", "2G auth: COMP128v1", "KI=" + KI_A,
                    "3G auth: MILENAGE", "K=" + K_A, "OPC=" + OPC_A, "VLR number: msc-A1");
            assertThat(a).anySatisfy(line -> assertThat(line).startsWith("last LU seen on CS: " + osmoTime(luTime)));

            List<String> b = vty.commandLines("show subscriber imsi " + IMSI_B);
            assertThat(b).contains("IMSI: " + IMSI_B, "MSISDN: 1002", "KI=" + KI_B, "K=" + K_B, "OPC=" + OPC_B);

            List<String> c = vty.commandLines("show subscriber imsi " + IMSI_C);
            assertThat(c).contains("IMSI: " + IMSI_C, "MSISDN: 1003", "2G auth: COMP128v1", "KI=" + KI_C,
                    "3G auth: MILENAGE", "K=" + K_C, "OP=" + OP_C, "IND-bitlen=5", "VLR number: msc-B1");
            assertThat(c).anySatisfy(line -> assertThat(line).startsWith("last LU seen on CS: " + osmoTime(luTime)));
            assertThat(vty.commandLines("show subscriber msisdn 1003")).contains("IMSI: " + IMSI_C);
        }
        second.stop();
        assertThat(second.log()).contains("has HLR DB schema version 6")
                .doesNotContain("Bootstrapping").doesNotContain("outdated").doesNotContain("is unknown");
    }

    @Test
    void fileWeCreateFromScratchIsUsedByOsmoHlr() throws Exception {
        Path db = dir.resolve("ours.db");
        try (SubscriberStore store = SubscriberStore.open(db, clock)) {
            store.create(IMSI_C, "1003");
            store.setAuth2g(IMSI_C, AuthData2g.of(AuthAlgorithm.COMP128V2, KI_C));
            store.setAuth3g(IMSI_C, AuthData3g.milenageWithOpc(K_C, OP_C));
            store.setNetworkAccess(IMSI_C, CnDomain.PS, false);
            store.setPurged(IMSI_C, CnDomain.CS, true);
            store.updateImei(IMSI_C, "35696830653408");
            store.recordLocationUpdate(IMSI_C, CnDomain.CS, "msc-A1", null);
            store.recordLocationUpdate(IMSI_C, CnDomain.PS, "sgsn-A", null);
        }

        OsmoHlrProcess hlr = osmo.start(dir, db);
        try (OsmoVty vty = hlr.enabledVty()) {
            List<String> c = vty.commandLines("show subscriber imsi " + IMSI_C);
            assertThat(c).contains("IMSI: " + IMSI_C, "MSISDN: 1003", "VLR number: msc-A1", "SGSN number: sgsn-A",
                    "CS purged", "PS disabled", "2G auth: COMP128v2", "KI=" + KI_C, "3G auth: MILENAGE",
                    "K=" + K_C, "OPC=" + OP_C);
            assertThat(c).anySatisfy(line -> assertThat(line).startsWith("IMEI: 35696830653408"));
            assertThat(c).anySatisfy(line -> assertThat(line).startsWith("last LU seen on CS: " + osmoTime(luTime)));
            assertThat(c).anySatisfy(line -> assertThat(line).startsWith("last LU seen on PS: " + osmoTime(luTime)));

            // osmo-hlr can also write to our file: it creates a subscriber we then read.
            assertThat(vty.command("subscriber imsi " + IMSI_D + " create")).contains("% Created subscriber");
            assertThat(vty.command("subscriber imsi " + IMSI_D + " update msisdn 1004"))
                    .contains("% Updated subscriber");
            assertThat(vty.command("subscriber imsi " + IMSI_D + " update msisdn 1003"))
                    .as("osmo-hlr refuses a duplicate MSISDN in our file too").contains("% Error");
        }
        hlr.stop();

        assertThat(DbFiles.userVersion(db)).isEqualTo(6);
        try (SubscriberStore store = SubscriberStore.open(db)) {
            assertThat(store.findByImsi(IMSI_D)).map(Subscriber::msisdn).contains("1004");
            assertThat(store.findByImsi(IMSI_C)).map(Subscriber::vlrNumber).contains("msc-A1");
            assertThat(store.dgsmSchemaVersion()).isEqualTo(DgsmMigrations.latestVersion());
        }
    }

    @Test
    void missingOsmoHlrFailsTheTestWithTheInstallHint() {
        assertThatThrownBy(() -> OsmoProgram.require("no-such-osmo-hlr", "osmo-hlr"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("apt-get install osmo-hlr");
    }

    @Test
    void schemaWeCreateIsTheSchemaOsmoHlrCreates() throws Exception {
        Path theirs = dir.resolve("theirs.db");
        osmo.start(dir, theirs).stop();
        Path ours = dir.resolve("ours.db");
        SubscriberStore.open(ours).close();

        assertThat(DbFiles.userVersion(theirs)).isEqualTo(6);
        assertThat(DbFiles.userVersion(ours)).isEqualTo(6);
        assertThat(DbFiles.queryString(theirs, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(DbFiles.queryString(ours, "PRAGMA journal_mode")).isEqualTo("wal");
        String structure = DbFiles.structure(theirs);
        assertThat(DbFiles.structure(ours)).isEqualTo(structure);
        // The captured copy SubscriberStoreOpenTest relies on is still what osmo-hlr creates.
        String captured = new String(getClass().getResourceAsStream("/store/osmo-hlr-1.5-structure.txt")
                .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*\n", "");
        assertThat(structure).isEqualTo(captured);
    }

    private static void provisionThroughVty(OsmoVty vty, String imsi, String msisdn, String ki, String k, String opc)
            throws Exception {
        assertThat(vty.command("subscriber imsi " + imsi + " create")).contains("% Created subscriber " + imsi);
        assertThat(vty.command("subscriber imsi " + imsi + " update msisdn " + msisdn))
                .contains("% Updated subscriber IMSI='" + imsi + "' to MSISDN='" + msisdn + "'");
        assertThat(vty.command("subscriber imsi " + imsi + " update aud2g comp128v1 ki " + ki)).isBlank();
        assertThat(vty.command("subscriber imsi " + imsi + " update aud3g milenage k " + k + " opc " + opc))
                .isBlank();
    }

    /** How osmo-hlr's VTY prints a last-LU time. */
    private static String osmoTime(Instant instant) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").format(instant.atOffset(ZoneOffset.UTC));
    }
}
