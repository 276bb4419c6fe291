package org.dgsm.hlr.proxy;

import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.proxy.ProxyHarness.HOME_A;
import static org.dgsm.hlr.proxy.ProxyHarness.VISITOR;
import static org.dgsm.hlr.proxy.ProxyHarness.hex;
import static org.dgsm.hlr.proxy.ProxyHarness.hexOf;
import static org.dgsm.hlr.proxy.ProxyHarness.name;
import static org.dgsm.hlr.proxy.ProxyHarness.vector;

/** The roaming ladder captured from osmo-hlr 1.5 (dgsm-proxy.md §6), byte for byte, with our proxy as hlr-B. */
class CapturedLadderTest {

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

    /** SAI (cap18) until home is found and the link is ready; returns what msc-B1 got on the way. */
    private void saiThroughProxy() {
        assertThat(b.fromVlr("msc-B1", vector("cap18"))).isEmpty();
        assertThat(b.lookups.asked).containsExactly(VISITOR);
        assertThat(b.homeFound()).isEmpty();
        assertThat(b.links.opened).contains(HOME_A);
        assertThat(b.linkReady()).isEmpty();
    }

    @Test
    void forwardsSaiWithSourceNameOnceTheLinkIsReady() {
        saiThroughProxy();
        assertThat(hexOf(b.sentHome().get(0))).isEqualTo(hex("cap19"));
    }

    @Test
    void sendsNothingToHomeBeforeTheLinkIsReady() {
        b.fromVlr("msc-B1", vector("cap18"));
        b.homeFound();
        assertThat(b.sentHome()).isEmpty();
        assertThat(b.proxy.waitingRequests()).isEqualTo(1);
    }

    @Test
    void relaysTheSaiResultUnchangedToTheMsc() {
        saiThroughProxy();
        List<GsupSend> toMsc = b.fromHome(vector("cap20"));
        assertThat(toMsc).hasSize(1);
        assertThat(toMsc.get(0).peer()).isEqualTo(name("msc-B1"));
        assertThat(hexOf(toMsc.get(0).message())).isEqualTo(hex("cap21"));
    }

    @Test
    void runsTheLocationUpdateLadderAndLearnsTheAttach() {
        saiThroughProxy();
        b.fromHome(vector("cap20"));

        assertThat(b.fromVlr("msc-B1", vector("cap22"))).isEmpty();
        List<GsupMessage> sent = b.sentHome();
        assertThat(hexOf(sent.get(sent.size() - 1))).isEqualTo(hex("cap23"));

        List<GsupSend> isd = b.fromHome(vector("cap24"));
        assertThat(isd).singleElement().satisfies(s -> {
            assertThat(s.peer()).isEqualTo(name("msc-B1"));
            assertThat(hexOf(s.message())).isEqualTo(hex("cap24"));
        });

        GsupMessage isdResultFromMsc = vector("cap25").toBuilder().sourceName(null).build();
        assertThat(b.fromVlr("msc-B1", isdResultFromMsc)).isEmpty();
        sent = b.sentHome();
        assertThat(hexOf(sent.get(sent.size() - 1))).isEqualTo(hex("cap25"));

        List<GsupSend> ulResult = b.fromHome(vector("cap26"));
        assertThat(ulResult).singleElement().satisfies(s -> {
            assertThat(s.peer()).isEqualTo(name("msc-B1"));
            assertThat(hexOf(s.message())).isEqualTo(hex("cap26"));
        });

        Visitor v = b.cache.find(VISITOR, Instant.ofEpochMilli(b.now)).orElseThrow();
        assertThat(v.msisdn()).isEqualTo("1001");
        assertThat(v.csVlr()).isEqualTo("msc-B1");
        assertThat(v.csViaProxy()).isFalse();
        assertThat(v.csLocationUpdate()).isEqualTo(Instant.ofEpochMilli(b.now));
        assertThat(v.home()).isEqualTo(HOME_A);
        assertThat(v.homeUpdatePending()).isFalse();
    }

    @Test
    void reEncodesAnAutsResyncInCanonicalOrderWithSourceName() {
        saiThroughProxy();
        b.fromHome(vector("cap20"));
        b.fromVlr("msc-B1", vector("cap27"));
        List<GsupMessage> sent = b.sentHome();
        assertThat(hexOf(sent.get(sent.size() - 1))).isEqualTo(hex("cap28"));
    }

    @Test
    void forwardsPurgeAndRelaysItsResult() {
        saiThroughProxy();
        b.fromHome(vector("cap20"));
        GsupMessage purgeFromMsc = vector("cap30").toBuilder().sourceName(null).build();
        assertThat(b.fromVlr("msc-B1", purgeFromMsc)).isEmpty();
        List<GsupMessage> sent = b.sentHome();
        assertThat(hexOf(sent.get(sent.size() - 1))).isEqualTo(hex("cap30"));
        List<GsupSend> result = b.fromHome(vector("cap31"));
        assertThat(result).singleElement().satisfies(s -> {
            assertThat(s.peer()).isEqualTo(name("msc-B1"));
            assertThat(s.message().type()).isEqualTo(GsupMessageType.PURGE_MS_RESULT);
            assertThat(hexOf(s.message())).isEqualTo(hex("cap31"));
        });
    }
}
