package org.dgsm.smpp.message;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsIdTest {

    @Test
    void bytesAndHexAreTwoFormsOfTheSameId() {
        byte[] bytes = HexFormat.of().parseHex("00ff102030405060708090a0b0c0d0e0");
        SmsId id = SmsId.fromBytes(bytes);

        assertThat(id.hex()).isEqualTo("00ff102030405060708090a0b0c0d0e0");
        assertThat(id.bytes()).isEqualTo(bytes);
        assertThat(new SmsId(id.hex())).isEqualTo(id);
    }

    @Test
    void randomIdsDiffer() {
        SplittableRandom random = new SplittableRandom(7);
        assertThat(SmsId.random(random)).isNotEqualTo(SmsId.random(random));
    }

    @Test
    void rejectsAnythingButSixteenOctets() {
        assertThatThrownBy(() -> SmsId.fromBytes(new byte[15])).hasMessageContaining("16 bytes, got 15");
        assertThatThrownBy(() -> new SmsId("00")).hasMessageContaining("32 hex digits");
        assertThatThrownBy(() -> new SmsId("00FF102030405060708090A0B0C0D0E0")).hasMessageContaining("lower-case");
    }
}
