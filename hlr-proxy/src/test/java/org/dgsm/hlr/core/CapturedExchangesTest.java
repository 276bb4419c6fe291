package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.store.Subscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.CapturedSubscribers.IMSI_A;
import static org.dgsm.hlr.core.CapturedSubscribers.IMSI_B;
import static org.dgsm.hlr.core.TestHlr.hex;
import static org.dgsm.hlr.core.TestHlr.name;

/**
 * Replays the exchanges captured from osmo-hlr 1.5.0 (gsup_vectors.txt section B) through the core, with the
 * captured subscribers and RANDs: every answer must be the captured bytes, sent to the captured peer.
 */
class CapturedExchangesTest {

    @TempDir
    Path dir;

    private TestHlr hlr;

    @AfterEach
    void close() {
        if (hlr != null) {
            hlr.close();
        }
    }

    private TestHlr hlrB(HlrSettings settings) {
        hlr = new TestHlr(dir, settings);
        CapturedSubscribers.addHlrBSubscribers(hlr.store);
        return hlr.connect("msc-B1");
    }

    private TestHlr hlrB() {
        return hlrB(HlrSettings.defaults());
    }

    private TestHlr hlrA() {
        hlr = new TestHlr(dir);
        CapturedSubscribers.addHlrASubscriber(hlr.store);
        return hlr.connect("hlr-B", "msc-A1");
    }

    private static void assertSends(List<GsupSend> sends, String peer, String... vectorIds) {
        assertThat(sends).extracting(s -> s.peer()).containsOnly(name(peer));
        assertThat(sends).extracting(TestHlr::hex)
                .containsExactly(Arrays.stream(vectorIds).map(TestHlr::vectorHex).toArray(String[]::new));
    }

    @Test
    void answersSaiWithTheCapturedComp128v1Triplets() {
        hlrB().rands.add("0cf97f74500d1e11d3b8640f24bb7b35", "745f71ff998d1540800ccb00bc29ed8e",
                "a1172ff7e649d71f1f561629ee117ca6", "c2fd4bad4fb93c8ff20d3943eb00f45d",
                "e04701e0e45b263f269293b18ee76e2f");
        assertSends(hlr.receiveVector("msc-B1", "cap01"), "msc-B1", "cap02");
    }

    @Test
    void runsTheCapturedCsLocationUpdate() {
        hlrB();
        assertSends(hlr.receiveVector("msc-B1", "cap03"), "msc-B1", "cap04");
        assertThat(hlr.core.pendingLocationUpdates()).isEqualTo(1);
        assertSends(hlr.receiveVector("msc-B1", "cap05"), "msc-B1", "cap06");
        assertThat(hlr.core.pendingLocationUpdates()).isZero();

        Subscriber stored = hlr.store.findByImsi(IMSI_B).orElseThrow();
        assertThat(stored.vlrNumber()).isEqualTo("msc-B1");
        assertThat(stored.vlrViaProxy()).isNull();
        assertThat(stored.lastLuSeen()).isEqualTo(TestHlr.START);
    }

    @Test
    void runsTheCapturedPsLocationUpdateWithTheWildcardApn() {
        hlrB();
        assertSends(hlr.receiveVector("msc-B1", "cap11"), "msc-B1", "cap12");
        String isdResultPs = "12" + "010809710000004207f1" + "280101";
        assertSends(hlr.receiveHex("msc-B1", isdResultPs), "msc-B1", "cap06");
        assertThat(hlr.store.findByImsi(IMSI_B).orElseThrow().sgsnNumber()).isEqualTo("msc-B1");
    }

    @Test
    void sendsTheSingleZeroOctetMsisdnForASubscriberWithoutNumber() {
        hlrB();
        String ulCs = "04" + "010809710000004207f2" + "280102";
        assertSends(hlr.receiveHex("msc-B1", ulCs), "msc-B1", "cap13");
    }

    @Test
    void rejectsTheImeiWithoutInnerLengthOctetAsCaptured() {
        assertSends(hlrB().receiveVector("msc-B1", "cap07"), "msc-B1", "cap08");
    }

    @Test
    void acknowledgesTheCapturedImei() {
        assertSends(hlrB().receiveVector("msc-B1", "cap09"), "msc-B1", "cap10");
    }

    @Test
    void purgesAsCaptured() {
        assertSends(hlrB().receiveVector("msc-B1", "cap16"), "msc-B1", "cap17");
        assertThat(hlr.store.findByImsi(IMSI_B).orElseThrow().msPurgedCs()).isTrue();
    }

    @Test
    void rejectsAnUnknownImsiWithCause02WhenConfiguredAsOsmoHlr15() {
        assertSends(hlrB(HlrSettings.osmoHlr15()).receiveVector("msc-B1", "cap14"), "msc-B1", "cap15");
    }

    @Test
    void servesTheCapturedSaiThatCameThroughAProxy() {
        hlrA().rands.add("01c86422cbede0c4b456223d12ea2493");
        assertSends(hlr.receiveVector("hlr-B", "cap19"), "hlr-B", "cap20");
        long subscriberId = hlr.store.findByImsi(IMSI_A).orElseThrow().id();
        assertThat(hlr.store.findAuth3g(subscriberId).orElseThrow().sqn()).isEqualTo(33);
    }

    @Test
    void runsTheCapturedLocationUpdateThatCameThroughAProxy() {
        hlrA();
        assertSends(hlr.receiveVector("hlr-B", "cap23"), "hlr-B", "cap24");
        assertSends(hlr.receiveVector("hlr-B", "cap25"), "hlr-B", "cap26");

        Subscriber stored = hlr.store.findByImsi(IMSI_A).orElseThrow();
        assertThat(stored.vlrNumber()).isEqualTo("msc-B1");
        assertThat(stored.vlrViaProxy()).isEqualTo("hlr-B");
    }

    @Test
    void resynchronisesAsCapturedAfterTheFirstProxiedSai() {
        hlrA().rands.add("01c86422cbede0c4b456223d12ea2493", "95e8a5c9c3f6ba14ded156aa1831097f");
        assertSends(hlr.receiveVector("hlr-B", "cap19"), "hlr-B", "cap20");
        assertSends(hlr.receiveVector("hlr-B", "cap28"), "hlr-B", "cap29");
        long subscriberId = hlr.store.findByImsi(IMSI_A).orElseThrow().id();
        assertThat(hlr.store.findAuth3g(subscriberId).orElseThrow().sqn()).isEqualTo(33);
    }

    @Test
    void answersTheNonCanonicalAutsRequestOfADirectlyConnectedMsc() {
        hlrA().connect("msc-B1").rands.add("95e8a5c9c3f6ba14ded156aa1831097f");
        GsupMessage expected = TestHlr.vector("cap29").toBuilder().destinationName(null).build();

        List<GsupSend> sends = hlr.receiveVector("msc-B1", "cap27");

        assertThat(sends).extracting(GsupSend::peer).containsExactly(name("msc-B1"));
        assertThat(sends).extracting(TestHlr::hex).containsExactly(hex(expected));
    }

    @Test
    void purgesThroughAProxyAsCaptured() {
        assertSends(hlrA().receiveVector("hlr-B", "cap30"), "hlr-B", "cap31");
        assertThat(hlr.store.findByImsi(IMSI_A).orElseThrow().msPurgedCs()).isTrue();
    }

    @Test
    void theCapturedAnswersToTheHlrAreDroppedWhenNoProcedureWaits() {
        hlrB();
        assertThat(hlr.receiveVector("msc-B1", "cap05")).isEmpty();
    }
}
