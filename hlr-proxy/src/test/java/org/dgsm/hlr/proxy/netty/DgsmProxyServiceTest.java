package org.dgsm.hlr.proxy.netty;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.proxy.HomeAddress;
import org.dgsm.hlr.proxy.ProxySettings;
import org.dgsm.hlr.proxy.Visitor;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two of our villages on loopback: an MSC at B roams a subscriber of A through B's proxy. */
class DgsmProxyServiceTest {

    private static final int MDNS_PORT = 24301;
    private static final String IMSI = "901700000014701";
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

    @Test
    void roamsSaiAndLuThroughTheProxyAndAnswersSipVoiceAtTheVisitedVillage() throws Exception {
        try (TestNode a = new TestNode(group, dir.resolve("a.db"), "127.0.0.11", "hlr-A", MDNS_PORT, settings());
             TestNode b = new TestNode(group, dir.resolve("b.db"), "127.0.0.12", "hlr-B", MDNS_PORT, settings())) {
            a.store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1,
                    "000102030405060708090a0b0c0d0e0f"), null);
            try (TestMsc msc = new TestMsc(group, b.ip, "msc-B1")) {
                GsupMessage sai = msc.sendAuthInfo(IMSI, WAIT);
                assertThat(sai.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
                assertThat(sai.authTuples()).hasSize(1);
                assertThat(msc.updateLocation(IMSI, WAIT).type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
            }
            assertThat(a.store.findByImsi(IMSI).orElseThrow().vlrNumber()).isEqualTo("msc-B1");
            assertThat(a.store.findByImsi(IMSI).orElseThrow().vlrViaProxy()).isEqualTo("hlr-B");
            Visitor v = b.proxy.cache().find(IMSI, Instant.now()).orElseThrow();
            assertThat(v.home()).isEqualTo(new HomeAddress("127.0.0.11", 4222));
            assertThat(v.msisdn()).isEqualTo("1001");
            assertThat(v.csVlr()).isEqualTo("msc-B1");

            MslookupReport sip = b.mslookup.lookup(new MslookupQuery("sip.voice", MslookupId.msisdn("1001")),
                    1000, 1000).get(5, TimeUnit.SECONDS);
            assertThat(sip.code()).isEqualTo(ResultCode.RESULT);
            assertThat(sip.v4().ip().getHostAddress()).isEqualTo("127.0.0.12");
        }
    }

    @Test
    void followsASubscriberMovingFromHomeToAVillageAndBack() throws Exception {
        MslookupQuery sipVoice = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
        try (TestNode a = new TestNode(group, dir.resolve("a.db"), "127.0.0.11", "hlr-A", MDNS_PORT, settings());
             TestNode b = new TestNode(group, dir.resolve("b.db"), "127.0.0.12", "hlr-B", MDNS_PORT, settings());
             TestMsc mscA = new TestMsc(group, a.ip, "msc-A1");
             TestMsc mscB = new TestMsc(group, b.ip, "msc-B1")) {
            a.store.createWithAuth(IMSI, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1,
                    "000102030405060708090a0b0c0d0e0f"), null);

            assertThat(mscA.updateLocation(IMSI, WAIT).type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
            assertThat(a.answers.lookup(sipVoice)).isPresent();
            assertThat(b.answers.lookup(sipVoice)).isEmpty();

            assertThat(mscB.updateLocation(IMSI, WAIT).type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
            assertThat(mscA.next(WAIT).type()).isEqualTo(GsupMessageType.LOCATION_CANCEL_REQUEST);
            assertThat(b.answers.lookup(sipVoice)).hasValueSatisfying(
                    r -> assertThat(r.v4().ip().getHostAddress()).isEqualTo("127.0.0.12"));
            assertThat(a.answers.lookup(sipVoice)).as("home stops answering").isEmpty();

            assertThat(mscA.updateLocation(IMSI, WAIT).type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
            GsupMessage cancel = mscB.next(WAIT);
            assertThat(cancel.type()).as("Cancel Location relayed by B's proxy")
                    .isEqualTo(GsupMessageType.LOCATION_CANCEL_REQUEST);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (b.answers.lookup(sipVoice).isPresent() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(b.answers.lookup(sipVoice)).as("the old village stops answering").isEmpty();
            assertThat(a.answers.lookup(sipVoice)).hasValueSatisfying(
                    r -> assertThat(r.v4().ip().getHostAddress()).isEqualTo("127.0.0.11"));
        }
    }

    @Test
    void answersAnUnknownImsiWithTheNoProxyCauseWithinTheBound() throws Exception {
        try (TestNode b = new TestNode(group, dir.resolve("b.db"), "127.0.0.12", "hlr-B", MDNS_PORT, settings());
             TestMsc msc = new TestMsc(group, b.ip, "msc-B1")) {
            long start = System.nanoTime();
            GsupMessage answer = msc.sendAuthInfo("901700000099999", WAIT);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(answer.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR);
            assertThat(answer.cause()).isEqualTo(0x11);
            assertThat(millis).isBetween(900L, 3500L);
        }
    }
}
