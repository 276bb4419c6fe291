package org.dgsm.hlr.proxy.netty;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.proxy.ProxySettings;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.testkit.OsmoHlrProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Mixed mesh with real osmo-hlr 1.5 on loopback, both directions (issue 5 "done when"). */
class DgsmProxyOsmoInteropTest {

    private static final int MDNS_PORT = 24302;
    private static final String IMSI = "901700000014701";
    private static final String KI = "000102030405060708090a0b0c0d0e0f";
    private static final Duration WAIT = Duration.ofSeconds(8);

    static EventLoopGroup group;

    @TempDir
    Path dir;

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static ProxySettings settings() {
        return ProxySettings.defaults().withLookupTimeout(Duration.ofMillis(1000))
                .withAnswerBound(Duration.ofSeconds(3));
    }

    private OsmoHlrProcess.Builder osmo(String ip, String name) {
        return OsmoHlrProcess.builder(dir.resolve(name)).bindIp(ip).ipaName(name).mdns(TestNode.MDNS_GROUP, MDNS_PORT)
                .database(dir.resolve(name + ".db"));
    }

    private static void provision(OsmoHlrProcess hlr) throws Exception {
        hlr.vty("subscriber imsi " + IMSI + " create",
                "subscriber imsi " + IMSI + " update msisdn 1001",
                "subscriber imsi " + IMSI + " update aud2g comp128v1 ki " + KI);
    }

    private static MslookupReport sipVoice(TestNode asker) throws Exception {
        return asker.mslookup.lookup(new MslookupQuery("sip.voice", MslookupId.msisdn("1001")), 1000, 1000)
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void mscAtAnOsmoProxyRoamsToOurHomeVillage() throws Exception {
        try (TestNode a = new TestNode(group, dir.resolve("a.db"), "127.0.0.21", "hlr-A", MDNS_PORT, settings());
             OsmoHlrProcess b = osmo("127.0.0.22", "hlr-B").mslookupServer(true).mslookupClient(true)
                     .service("sip.voice", "127.0.0.22", 5060).start()) {
            a.store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
            try (TestMsc msc = new TestMsc(group, "127.0.0.22", "msc-B1")) {
                GsupMessage sai = msc.sendAuthInfo(IMSI, WAIT);
                assertThat(sai.type()).as("first request on osmo's fresh proxy link").isEqualTo(
                        GsupMessageType.SEND_AUTH_INFO_RESULT);
                GsupMessage ul = msc.updateLocation(IMSI, WAIT);
                assertThat(ul.type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
            }
            assertThat(a.store.findByImsi(IMSI).orElseThrow().vlrNumber()).isEqualTo("msc-B1");
            assertThat(a.store.findByImsi(IMSI).orElseThrow().vlrViaProxy()).isEqualTo("hlr-B");
            MslookupReport sip = sipVoice(a);
            assertThat(sip.code()).isEqualTo(ResultCode.RESULT);
            assertThat(sip.v4().ip().getHostAddress()).as("the visited osmo village answers").isEqualTo("127.0.0.22");
        }
    }

    @Test
    void mscAtOurProxyRoamsToAnOsmoHomeVillage() throws Exception {
        try (OsmoHlrProcess a = osmo("127.0.0.31", "hlr-A").mslookupServer(true)
                .service("sip.voice", "127.0.0.31", 5060).start();
             TestNode b = new TestNode(group, dir.resolve("b.db"), "127.0.0.32", "hlr-B", MDNS_PORT, settings())) {
            provision(a);
            try (TestMsc msc = new TestMsc(group, b.ip, "msc-B1")) {
                assertThat(msc.sendAuthInfo(IMSI, WAIT).type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
                assertThat(msc.updateLocation(IMSI, WAIT).type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
            }
            String shown = a.vty("show subscriber imsi " + IMSI);
            assertThat(shown).contains("VLR number: msc-B1");
            assertThat(viaProxyInOsmoDb(dir.resolve("hlr-A.db"))).as("osmo stored the attach as proxied")
                    .isEqualTo("hlr-B");
            assertThat(b.proxy.cache().find(IMSI, Instant.now()).orElseThrow().msisdn()).isEqualTo("1001");
            MslookupReport sip = sipVoice(b);
            assertThat(sip.code()).isEqualTo(ResultCode.RESULT);
            assertThat(sip.v4().ip().getHostAddress()).as("our visited village answers").isEqualTo("127.0.0.32");
        }
    }

    @Test
    void answersTheFirstSaiOnFiftyFreshLinksToAnOsmoHome() throws Exception {
        OsmoHlrProcess a = osmo("127.0.0.41", "hlr-A").mslookupServer(true).start();
        try (TestNode b = new TestNode(group, dir.resolve("b.db"), "127.0.0.42", "hlr-B", MDNS_PORT, settings());
             TestMsc msc = new TestMsc(group, b.ip, "msc-B1")) {
            provision(a);
            int answered = 0;
            for (int i = 0; i < 50; i++) {
                if (i > 0 && i % 10 == 0) {
                    a.close();
                    a = osmo("127.0.0.41", "hlr-A").mslookupServer(true).start();
                }
                b.freshLinks(group);
                GsupMessage answer = msc.sendAuthInfo(IMSI, WAIT);
                if (answer.type() == GsupMessageType.SEND_AUTH_INFO_RESULT) {
                    answered++;
                }
                assertThat(b.service.homeLinks()).as("try %d ran on a link of its own", i)
                        .containsEntry(new org.dgsm.hlr.proxy.HomeAddress("127.0.0.41", 4222), true).hasSize(1);
                msc.received.clear();
            }
            assertThat(answered).isEqualTo(50);
        } finally {
            a.close();
        }
    }

    @Test
    void servesAKnownVisitorFromTheCacheWhileHomeIsDownAndTellsHomeLater() throws Exception {
        OsmoHlrProcess a = osmo("127.0.0.51", "hlr-A").mslookupServer(true).start();
        Path bDb = dir.resolve("b.db");
        ProxySettings quick = settings().withAnswerBound(Duration.ofMillis(1500));
        try {
            provision(a);
            try (TestNode b = new TestNode(group, bDb, "127.0.0.52", "hlr-B", MDNS_PORT, quick);
                 TestMsc msc = new TestMsc(group, b.ip, "msc-B1")) {
                assertThat(msc.sendAuthInfo(IMSI, WAIT).type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
                assertThat(msc.updateLocation(IMSI, WAIT).type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
                awaitStock(b, 2);
                a.close();
                try (TestMsc msc2 = new TestMsc(group, b.ip, "msc-B2")) {
                    assertThat(msc2.updateLocation(IMSI, WAIT).type())
                            .isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
                    GsupMessage sai = msc2.sendAuthInfo(IMSI, WAIT);
                    assertThat(sai.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
                    assertThat(sai.authTuples()).hasSize(1);
                }
            }
            try (TestNode b = new TestNode(group, bDb, "127.0.0.52", "hlr-B", MDNS_PORT, quick);
                 TestMsc msc2 = new TestMsc(group, b.ip, "msc-B2")) {
                assertThat(msc2.updateLocation(IMSI, WAIT).type()).as("after restarting the visited node")
                        .isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
                assertThat(msc2.sendAuthInfo(IMSI, WAIT).type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);

                a = osmo("127.0.0.51", "hlr-A").mslookupServer(true).start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                String shown = a.vty("show subscriber imsi " + IMSI);
                while (!shown.contains("VLR number: msc-B2") && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    shown = a.vty("show subscriber imsi " + IMSI);
                }
                assertThat(shown).as("home learned the current VLR").contains("VLR number: msc-B2");
            }
        } finally {
            a.close();
        }
    }

    /** osmo-hlr 1.5's VTY does not show vlr_via_proxy: read it from its database, read-only. */
    private static String viaProxyInOsmoDb(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             PreparedStatement s = c.prepareStatement("SELECT vlr_via_proxy FROM subscriber WHERE imsi = ?")) {
            s.setString(1, IMSI);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void awaitStock(TestNode b, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (b.proxy.cache().tupleCount(IMSI) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(b.proxy.cache().tupleCount(IMSI)).isGreaterThanOrEqualTo(atLeast);
    }
}
