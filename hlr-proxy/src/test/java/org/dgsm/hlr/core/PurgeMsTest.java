package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.store.Subscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.core.TestHlr.hex;

/** Purge MS (hlr-auc.md §4). */
class PurgeMsTest {

    private static final String IMSI = "901700000000001";
    private static final String IMSI_IE = "010809710000000000f1";

    @TempDir
    Path dir;

    private TestHlr hlr;

    @BeforeEach
    void open() {
        hlr = new TestHlr(dir).connect("msc-A1", "msc-A2");
        hlr.store.create(IMSI, "1001");
    }

    @AfterEach
    void close() {
        hlr.close();
    }

    private static GsupMessage purge(String imsi, Integer cnDomain) {
        return GsupMessage.builder(GsupMessageType.PURGE_MS_REQUEST, imsi).cnDomain(cnDomain).build();
    }

    @Test
    void setsTheCsPurgeFlagAndAnswersWithTheImsiOnly() {
        List<GsupSend> sends = hlr.receive("msc-A1", purge(IMSI, 2));
        assertThat(sends).extracting(TestHlr::hex).containsExactly("0e" + IMSI_IE);
        Subscriber s = hlr.store.findByImsi(IMSI).orElseThrow();
        assertThat(s.msPurgedCs()).isTrue();
        assertThat(s.msPurgedPs()).isFalse();
    }

    @Test
    void purgesPsWhenTheCnDomainIsPsOrAbsent() {
        hlr.receive("msc-A1", purge(IMSI, null));
        Subscriber s = hlr.store.findByImsi(IMSI).orElseThrow();
        assertThat(s.msPurgedPs()).isTrue();
        assertThat(s.msPurgedCs()).isFalse();
        assertThat(hex(hlr.receive("msc-A1", purge(IMSI, 1)).get(0))).isEqualTo("0e" + IMSI_IE);
    }

    @Test
    void answersImsiUnknownForAnUnknownSubscriber() {
        assertThat(hlr.receive("msc-A1", purge("901700000009999", 2))).extracting(TestHlr::hex)
                .containsExactly("0d" + "010809710000009099f9" + "020102");
    }

    @Test
    void keepsTheServingVlrAndNeverCheckedWhoPurges() {
        hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, IMSI).cnDomain(2).build());
        hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, IMSI).build());

        assertThat(hlr.receive("msc-A2", purge(IMSI, 2))).extracting(s -> s.message().type())
                .containsExactly(GsupMessageType.PURGE_MS_RESULT);
        Subscriber s = hlr.store.findByImsi(IMSI).orElseThrow();
        assertThat(s.msPurgedCs()).isTrue();
        assertThat(s.vlrNumber()).isEqualTo("msc-A1");
        assertThat(s.lastLuSeen()).isNotNull();
    }

    @Test
    void aLaterLocationUpdateDoesNotClearThePurgeFlag() {
        hlr.receive("msc-A1", purge(IMSI, 2));
        hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, IMSI).cnDomain(2).build());
        hlr.receive("msc-A1", GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, IMSI).build());
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().msPurgedCs()).isTrue();
    }
}
