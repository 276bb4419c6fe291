package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Check IMEI (hlr-auc.md §5). */
class CheckImeiTest {

    private static final String IMSI = "901700000000001";
    private static final String IMSI_IE = "010809710000000000f1";
    /** IMEI 35693803564380 as osmo-msc sends it: inner length 7, then TBCD. */
    private static final String IMEI_VALUE = "0753968330653408";
    private static final String ACK = "32" + IMSI_IE + "510100";
    private static final String INVALID = "31" + IMSI_IE + "020160";

    @TempDir
    Path dir;

    private TestHlr hlr;

    @AfterEach
    void close() {
        hlr.close();
    }

    private TestHlr start(boolean storeImei) {
        hlr = new TestHlr(dir, HlrSettings.defaults().withStoreImei(storeImei)).connect("msc-A1");
        hlr.store.create(IMSI, "1001");
        return hlr;
    }

    private String answer(String imsi, String imeiHex) {
        GsupMessage request = GsupMessage.builder(GsupMessageType.CHECK_IMEI_REQUEST, imsi)
                .imei(imeiHex == null ? null : Octets.fromHex(imeiHex)).build();
        return TestHlr.hex(hlr.receive("msc-A1", request).get(0));
    }

    @Test
    void acknowledgesAValidImeiWithoutStoringItByDefault() {
        start(false);
        assertThat(answer(IMSI, IMEI_VALUE)).isEqualTo(ACK);
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().imei()).isNull();
    }

    @Test
    void storesTheImeiWhenConfigured() {
        start(true);
        assertThat(answer(IMSI, IMEI_VALUE)).isEqualTo(ACK);
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().imei()).isEqualTo("35693803564380");
    }

    @Test
    void ignoresBytesAfterTheAnnouncedLength() {
        start(true);
        assertThat(answer(IMSI, IMEI_VALUE + "ff")).isEqualTo(ACK);
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().imei()).isEqualTo("35693803564380");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",                       // empty IE
            "53968330653408",         // no inner length octet (captured cap07)
            "08539683306534080f",     // 15 digits + filler: too long for osmo's 14-digit buffer
            "065396833065f4",         // 13 digits
            "075396833065340f",       // filler nibble inside the 14 digits
            "07539683306534a8",       // a non-decimal digit
            "07539683306534",         // one byte shorter than announced
    })
    void rejectsAnImeiOsmoHlrCannotReadWithInvalidMandatoryInformation(String imeiHex) {
        start(true);
        assertThat(answer(IMSI, imeiHex)).isEqualTo(INVALID);
        assertThat(hlr.store.findByImsi(IMSI).orElseThrow().imei()).isNull();
    }

    @Test
    void rejectsARequestWithoutImei() {
        start(false);
        assertThat(answer(IMSI, null)).isEqualTo(INVALID);
    }

    @Test
    void rejectsAnUnknownImsiWithInvalidMandatoryInformationWithOrWithoutStoring() {
        start(false);
        String unknown = "901700000009999";
        String expected = "31" + "010809710000009099f9" + "020160";
        assertThat(answer(unknown, IMEI_VALUE)).isEqualTo(expected);
        hlr.close();
        hlr = new TestHlr(dir.resolve("second"), HlrSettings.defaults().withStoreImei(true)).connect("msc-A1");
        assertThat(answer(unknown, IMEI_VALUE)).isEqualTo(expected);
    }
}
