package org.dgsm.smpp.message;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryReceiptTest {

    @Test
    void readsTheReceiptOsmoMscWrites() throws MalformedReceiptException {
        DeliveryReceipt r = DeliveryReceipt.parse("id:00000042 sub:000 dlvrd:000 submit date:YYMMDDhhmm"
                + " done date:YYMMDDhhmm stat:DELIVRD err:000 text:Habari yako");

        assertThat(r.id()).isEqualTo("00000042");
        assertThat(r.submitDate()).isEqualTo("YYMMDDhhmm");
        assertThat(r.stat()).isEqualTo("DELIVRD");
        assertThat(r.err()).isEqualTo("000");
        assertThat(r.text()).isEqualTo("Habari yako");
        assertThat(r.reportsDelivery()).isTrue();
    }

    @Test
    void acceptsKeysInAnyLetterCaseAndMissingOptionalFields() throws MalformedReceiptException {
        DeliveryReceipt r = DeliveryReceipt.parse("id:7 Submit date:2611260930 STAT:UNDELIV Text:");
        assertThat(r.id()).isEqualTo("7");
        assertThat(r.submitted()).isNull();
        assertThat(r.submitDate()).isEqualTo("2611260930");
        assertThat(r.stat()).isEqualTo("UNDELIV");
        assertThat(r.text()).isEmpty();
        assertThat(r.reportsDelivery()).isFalse();
    }

    @Test
    void refusesReceiptsWithoutIdOrStat() {
        assertThatThrownBy(() -> DeliveryReceipt.parse("sub:001 stat:DELIVRD"))
                .isInstanceOf(MalformedReceiptException.class).hasMessageContaining("no id");
        assertThatThrownBy(() -> DeliveryReceipt.parse("id:1 sub:001"))
                .isInstanceOf(MalformedReceiptException.class).hasMessageContaining("no stat");
    }

    @Test
    void refusesUnknownTrailingText() {
        assertThatThrownBy(() -> DeliveryReceipt.parse("id:1 stat:DELIVRD foo:bar"))
                .isInstanceOf(MalformedReceiptException.class).hasMessageContaining("unexpected receipt text");
    }

    @Test
    void formatsWhatItParses() {
        DeliveryReceipt r = new DeliveryReceipt("abc", "001", "000", "2611260930", "2611260931", "EXPIRED", "000",
                "");
        assertThat(r.format()).isEqualTo("id:abc sub:001 dlvrd:000 submit date:2611260930 done date:2611260931"
                + " stat:EXPIRED err:000 text:");
    }
}
