package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.CapturedSubscribers.IMSI_A;
import static org.dgsm.hlr.core.TestHlr.name;

/**
 * The SQN/IND progression captured from osmo-hlr 1.5.0 (auc_vectors.txt section H), replayed through the core and
 * its database: VLRs get IND slots in order of first use (msc-B1 through the proxy hlr-B counts by its own name), the
 * SQN advances per VLR slot, and an AUTS resynchronisation moves it back.
 */
class SqnIndCaptureReplayTest {

    @TempDir
    Path dir;

    @Test
    void replaysTheCapturedSequenceAcrossDirectAndProxiedVlrs() {
        try (TestHlr hlr = new TestHlr(dir)) {
            long id = CapturedSubscribers.addHlrASubscriber(hlr.store).id();
            hlr.connect("msc-A1", "hlr-B", "msc-A2");

            replay(hlr, "hlr_sqn_ind_1", "msc-A1", null);
            replay(hlr, "hlr_sqn_ind_2", "msc-A1", null);
            replay(hlr, "hlr_sqn_ind_3", "hlr-B", "msc-B1");
            replay(hlr, "hlr_sqn_ind_4", "msc-A2", null);
            replay(hlr, "hlr_sqn_ind_5_auts", "msc-A2", null);

            assertThat(hlr.store.indForVlr("msc-A1")).isEqualTo(1);
            assertThat(hlr.store.indForVlr("msc-B1")).isEqualTo(2);
            assertThat(hlr.store.indForVlr("msc-A2")).isEqualTo(3);
            assertThat(hlr.store.findAuth3g(id).orElseThrow().sqn()).isEqualTo(35);
        }
    }

    @Test
    void replaysTheFirstSaiThroughTheProxyOnAFreshDatabase() {
        try (TestHlr hlr = new TestHlr(dir)) {
            CapturedSubscribers.addHlrASubscriber(hlr.store);
            hlr.connect("hlr-B");
            AuthTuple tuple = replay(hlr, "hlr_sqn_ind_proxy_first", "hlr-B", "msc-B1");
            AucVectorLines.Line row = AucVectorLines.named("hlr_sqn_ind_proxy_first");
            assertThat(tuple.ck().toHex()).isEqualTo(row.out("ck"));
            assertThat(tuple.ik().toHex()).isEqualTo(row.out("ik"));
        }
    }

    private static AuthTuple replay(TestHlr hlr, String rowName, String peer, String sourceName) {
        AucVectorLines.Line row = AucVectorLines.named(rowName);
        hlr.rands.add(row.in("rand"));
        var request = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, IMSI_A)
                .numVectorsRequested(1)
                .sourceName(sourceName == null ? null : name(sourceName));
        if (row.hasIn("auts")) {
            request.auts(Octets.fromHex(row.in("auts"))).rand(Octets.fromHex(row.in("rand_auts")));
        }

        List<GsupSend> sends = hlr.receive(peer, request.build());

        assertThat(sends).as(rowName).hasSize(1);
        GsupMessage result = sends.get(0).message();
        assertThat(sends.get(0).peer()).isEqualTo(name(peer));
        assertThat(result.type()).as(rowName).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
        assertThat(result.authTuples()).as(rowName).hasSize(1);
        AuthTuple tuple = result.authTuples().get(0);
        assertThat(tuple.rand().toHex()).isEqualTo(row.in("rand"));
        assertThat(tuple.autn().toHex()).as(rowName + " AUTN").isEqualTo(row.out("autn"));
        assertThat(tuple.res().toHex()).as(rowName + " RES").isEqualTo(row.out("res"));
        assertThat(tuple.sres().toHex()).as(rowName + " SRES").isEqualTo(row.out("sres"));
        assertThat(tuple.kc().toHex()).as(rowName + " Kc").isEqualTo(row.out("kc"));
        long subscriberId = hlr.store.findByImsi(IMSI_A).orElseThrow().id();
        assertThat(hlr.store.findAuth3g(subscriberId).orElseThrow().sqn()).as(rowName + " stored SQN")
                .isEqualTo(Long.parseLong(row.out("sqn_used")));
        return tuple;
    }
}
