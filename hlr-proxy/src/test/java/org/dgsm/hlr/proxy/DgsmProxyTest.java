package org.dgsm.hlr.proxy;

import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.mslookup.LocalAttach;
import org.dgsm.mslookup.wire.MslookupId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.proxy.ProxyHarness.HOME_A;
import static org.dgsm.hlr.proxy.ProxyHarness.VISITOR;
import static org.dgsm.hlr.proxy.ProxyHarness.name;
import static org.dgsm.hlr.proxy.ProxyHarness.vector;

class DgsmProxyTest {

    @TempDir
    Path folder;
    ProxyHarness b;

    @BeforeEach
    void setUp() {
        b = new ProxyHarness(folder);
        b.connect("msc-B1");
    }

    @AfterEach
    void tearDown() {
        b.close();
    }

    private Instant now() {
        return Instant.ofEpochMilli(b.now);
    }

    /** cap18..cap26 through the proxy with home up: the visitor is known, attached at msc-B1, stock filled. */
    private void attachThroughHome() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.homeFound();
        b.linkReady();
        b.fromHome(vector("cap20"));
        answerRefill();
        b.fromVlr("msc-B1", vector("cap22"));
        b.fromHome(vector("cap24"));
        b.fromVlr("msc-B1", vector("cap25").toBuilder().sourceName(null).build());
        b.fromHome(vector("cap26"));
    }

    /** Answers the proxy's last stock request with as many copies of cap20's tuple as it asked for. */
    private List<GsupSend> answerRefill() {
        GsupMessage refill = b.sentHome().stream()
                .filter(m -> b.proxy.stockName().equals(m.sourceName())).reduce((x, y) -> y).orElseThrow();
        GsupMessage cap20 = vector("cap20");
        var tuples = java.util.Collections.nCopies(refill.numVectorsRequested(), cap20.authTuples().get(0));
        return b.fromHome(cap20.toBuilder().authTuples(tuples).destinationName(b.proxy.stockName()).build());
    }

    private static GsupMessage sai(int vectors) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, VISITOR).numVectorsRequested(vectors)
                .build();
    }

    @Test
    void handsLocalSubscribersToTheLocalHlr() {
        b.store.create("901700000099999", "2002");
        List<GsupSend> answer = b.fromVlr("msc-B1",
                GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, "901700000099999").cnDomain(2).build());
        assertThat(answer).extracting(s -> s.message().type()).containsExactly(GsupMessageType.INSERT_DATA_REQUEST);
        assertThat(b.lookups.asked).isEmpty();
    }

    @Test
    void looksUpEachImsiOnlyOnceWhileALookupIsOpen() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.fromVlr("msc-B1", vector("cap22"));
        assertThat(b.lookups.asked).containsExactly(VISITOR);
        assertThat(b.proxy.waitingRequests()).isEqualTo(2);
    }

    @Test
    void looksUpAgainWhenALookupNeverReported() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.now += 4000;
        b.fromVlr("msc-B1", vector("cap18"));
        assertThat(b.lookups.asked).hasSize(1);
        b.now += 1;
        b.fromVlr("msc-B1", vector("cap18"));
        assertThat(b.lookups.asked).hasSize(2);
    }

    @Test
    void answersNoProxyCauseWhenNobodyKnowsTheHome() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.now += 2000;
        List<GsupSend> answer = b.proxy.onHomeNotFound(VISITOR, b.now);
        assertThat(answer).singleElement().satisfies(s -> {
            assertThat(s.peer()).isEqualTo(name("msc-B1"));
            assertThat(s.message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR);
            assertThat(s.message().cause()).isEqualTo(0x11);
        });
        assertThat(b.proxy.waitingRequests()).isZero();
    }

    @Test
    void answersCheckImeiWithAckWhenTheHomeIsUnknown() {
        b.fromVlr("msc-B1", GsupMessage.builder(GsupMessageType.CHECK_IMEI_REQUEST, VISITOR)
                .imei(Octets.fromHex("0753850907052014")).build());
        List<GsupSend> answer = b.proxy.onHomeNotFound(VISITOR, b.now);
        assertThat(answer).singleElement().satisfies(s -> {
            assertThat(s.message().type()).isEqualTo(GsupMessageType.CHECK_IMEI_RESULT);
            assertThat(s.message().imeiResult()).isZero();
        });
    }

    @Test
    void answersWithinTheBoundWhenTheHomeLinkNeverComesUp() {
        assertThat(b.proxy.nextDeadline()).as("housekeeping runs at once after start").hasValue(Long.MIN_VALUE);
        b.advance(Duration.ZERO);
        b.fromVlr("msc-B1", vector("cap18"));
        b.homeFound();
        assertThat(b.proxy.nextDeadline()).hasValue(b.now + 5000);
        assertThat(b.advance(Duration.ofMillis(4999))).isEmpty();
        List<GsupSend> answer = b.advance(Duration.ofMillis(1));
        assertThat(answer).singleElement().satisfies(s -> {
            assertThat(s.message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR);
            assertThat(s.message().cause()).isEqualTo(0x11);
        });
        assertThat(b.linkReady()).isEmpty();
        assertThat(b.sentHome()).as("nothing stale is replayed when home returns").isEmpty();
    }

    @Test
    void honoursAConfiguredBound() {
        b.close();
        b = new ProxyHarness(folder.resolve("other"), ProxySettings.defaults().withAnswerBound(Duration.ofSeconds(3)));
        b.connect("msc-B1");
        b.fromVlr("msc-B1", vector("cap18"));
        b.homeFound();
        assertThat(b.advance(Duration.ofMillis(2999))).isEmpty();
        assertThat(b.advance(Duration.ofMillis(1))).hasSize(1);
    }

    @Test
    void dropsAnAnswerThatArrivesAfterTheBound() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.homeFound();
        b.linkReady();
        List<GsupSend> timedOut = b.advance(Duration.ofSeconds(5));
        assertThat(timedOut).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.SEND_AUTH_INFO_ERROR);
        assertThat(b.fromHome(vector("cap20"))).as("at most one answer per request").isEmpty();
    }

    @Test
    void stocksTuplesUnderItsOwnNameAfterForwardingASai() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.homeFound();
        b.linkReady();
        GsupMessage refill = b.sentHome().get(1);
        assertThat(refill.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_REQUEST);
        assertThat(refill.sourceName()).isEqualTo(name("hlr-B-stock"));
        assertThat(refill.numVectorsRequested()).isEqualTo(5);
        b.fromHome(vector("cap20"));
        assertThat(answerRefill()).as("the stock answer is kept, not relayed").isEmpty();
        assertThat(b.cache.tupleCount(VISITOR)).isEqualTo(5);
    }

    @Test
    void servesSaiFromTheStockWhileHomeIsDownUsingEachTupleOnce() {
        attachThroughHome();
        int stock = b.cache.tupleCount(VISITOR);
        assertThat(stock).isEqualTo(5);
        b.linkDown();

        b.fromVlr("msc-B1", sai(2));
        List<GsupSend> answer = b.advance(Duration.ofSeconds(5));
        assertThat(answer).singleElement().satisfies(s -> {
            assertThat(s.message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
            assertThat(s.message().authTuples()).hasSize(2);
        });
        assertThat(b.cache.tupleCount(VISITOR)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            b.fromVlr("msc-B1", sai(1));
            b.advance(Duration.ofSeconds(5));
        }
        b.fromVlr("msc-B1", sai(1));
        assertThat(b.advance(Duration.ofSeconds(5))).singleElement()
                .satisfies(s -> assertThat(s.message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_ERROR));
    }

    @Test
    void servesAnAwaitedRequestFromTheCacheAsSoonAsTheLinkDrops() {
        attachThroughHome();
        b.fromVlr("msc-B1", sai(1));
        List<GsupSend> answer = b.linkDown();
        assertThat(answer).singleElement()
                .satisfies(s -> assertThat(s.message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT));
    }

    @Test
    void servesLocationUpdateFromTheCacheAndTellsHomeLater() {
        attachThroughHome();
        b.linkDown();
        b.now += 60_000;
        b.fromVlr("msc-B1", vector("cap22"));
        List<GsupSend> isd = b.advance(Duration.ofSeconds(5));
        assertThat(isd).singleElement().satisfies(s -> {
            assertThat(s.peer()).isEqualTo(name("msc-B1"));
            assertThat(s.message().type()).isEqualTo(GsupMessageType.INSERT_DATA_REQUEST);
            assertThat(s.message().msisdn()).isEqualTo(vector("cap24").msisdn());
            assertThat(s.message().destinationName()).isNull();
        });
        List<GsupSend> ul = b.fromVlr("msc-B1",
                GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, VISITOR).cnDomain(2).build());
        assertThat(ul).singleElement()
                .satisfies(s -> assertThat(s.message().type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT));
        Visitor v = b.cache.find(VISITOR, now()).orElseThrow();
        assertThat(v.csLocationUpdate()).isEqualTo(now());
        assertThat(v.homeUpdatePending()).isTrue();

        int before = b.sentHome().size();
        assertThat(b.linkReady()).isEmpty();
        GsupMessage update = b.sentHome().get(before);
        assertThat(update.type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_REQUEST);
        assertThat(update.sourceName()).isEqualTo(name("msc-B1"));
        assertThat(update.cnDomain()).isEqualTo(2);

        assertThat(b.fromHome(vector("cap24"))).as("the VLR already has the data").isEmpty();
        GsupMessage isdResult = b.sentHome().get(b.sentHome().size() - 1);
        assertThat(isdResult.type()).isEqualTo(GsupMessageType.INSERT_DATA_RESULT);
        assertThat(isdResult.sourceName()).isEqualTo(name("msc-B1"));
        assertThat(b.fromHome(vector("cap26"))).isEmpty();
        assertThat(b.cache.find(VISITOR, now()).orElseThrow().homeUpdatePending()).isFalse();
    }

    @Test
    void failsAnOfflineLocationUpdateTheVlrDoesNotComplete() {
        attachThroughHome();
        b.linkDown();
        b.fromVlr("msc-B1", vector("cap22"));
        b.advance(Duration.ofSeconds(5));
        List<GsupSend> answer = b.advance(Duration.ofSeconds(5));
        assertThat(answer).singleElement().satisfies(s -> {
            assertThat(s.message().type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_ERROR);
            assertThat(s.message().cause()).isEqualTo(0x11);
        });
    }

    @Test
    void keepsTheCacheAcrossARestart() {
        attachThroughHome();
        b.restart();
        b.connect("msc-B1");
        b.fromVlr("msc-B1", sai(1));
        assertThat(b.lookups.asked).hasSizeGreaterThan(1);
        List<GsupSend> answer = b.advance(Duration.ofSeconds(5));
        assertThat(answer).singleElement()
                .satisfies(s -> assertThat(s.message().type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT));
        assertThat(b.cache.tupleCount(VISITOR)).isEqualTo(4);
        assertThat(b.cache.find(VISITOR, now()).orElseThrow().msisdn()).isEqualTo("1001");
    }

    @Test
    void relaysCancelLocationAndStopsAnsweringForTheVisitor() {
        attachThroughHome();
        VisitorAttachRecords records = new VisitorAttachRecords(b.cache, Clock.fixed(now(), ZoneOffset.UTC));
        assertThat(records.lastLocalAttach(MslookupId.msisdn("1001")))
                .contains(new LocalAttach("msc-B1", now()));
        GsupMessage cancel = GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_REQUEST, VISITOR)
                .cnDomain(2).destinationName(name("msc-B1")).build();
        List<GsupSend> relayed = b.fromHome(cancel);
        assertThat(relayed).singleElement().satisfies(s -> {
            assertThat(s.peer()).isEqualTo(name("msc-B1"));
            assertThat(s.message()).isEqualTo(cancel);
        });
        assertThat(records.lastLocalAttach(MslookupId.msisdn("1001"))).isEmpty();
        assertThat(records.lastLocalAttach(MslookupId.imsi(VISITOR))).isEmpty();
    }

    @Test
    void purgeEndsTheAttachAndGoesHome() {
        attachThroughHome();
        int before = b.sentHome().size();
        b.fromVlr("msc-B1", vector("cap30").toBuilder().sourceName(null).build());
        assertThat(b.sentHome()).hasSize(before + 1);
        assertThat(b.cache.find(VISITOR, now()).orElseThrow().csVlr()).isNull();
    }

    @Test
    void answersHomeWithCause11ForAnUnknownDestination() {
        attachThroughHome();
        GsupMessage isd = vector("cap24").toBuilder().destinationName(name("msc-X9")).build();
        assertThat(b.fromHome(isd)).isEmpty();
        GsupMessage error = b.sentHome().get(b.sentHome().size() - 1);
        assertThat(error.type()).isEqualTo(GsupMessageType.INSERT_DATA_ERROR);
        assertThat(error.cause()).isEqualTo(11);
    }

    @Test
    void addsCnDomainToAnUpdateLocationThatHasNone() {
        b.fromVlr("msc-B1", GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, VISITOR).build());
        b.homeFound();
        b.linkReady();
        assertThat(b.sentHome().get(0).cnDomain()).isEqualTo(2);
    }

    @Test
    void routesAnswersToAVlrBehindAnotherProxy() {
        b.connect("hlr-C");
        b.fromVlr("hlr-C", vector("cap19").toBuilder().sourceName(name("msc-C1")).build());
        b.homeFound();
        b.linkReady();
        List<GsupSend> answer = b.fromHome(vector("cap20").toBuilder().destinationName(name("msc-C1")).build());
        assertThat(answer).singleElement().satisfies(s -> assertThat(s.peer()).isEqualTo(name("hlr-C")));
    }
}
