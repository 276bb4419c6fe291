package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SqnTest {

    @Test
    void nextFollowsTheCapturedOsmoHlrSequence() {
        assertThat(Sqn.next(0, 1, 5)).isEqualTo(33);
        assertThat(Sqn.next(33, 1, 5)).isEqualTo(65);
        assertThat(Sqn.next(65, 2, 5)).isEqualTo(98);
        assertThat(Sqn.next(98, 3, 5)).isEqualTo(131);
        assertThat(Sqn.next(23, 3, 5)).isEqualTo(35);
    }

    @Test
    void nextWithoutIndBitsIncrementsByOne() {
        assertThat(Sqn.next(0x21, 0, 0)).isEqualTo(0x22);
        assertThat(Sqn.next(31, 0, 0)).isEqualTo(32);
    }

    @Test
    void nextMayGoBelowAnotherVlrsSqnButNeverBelowItsOwn() {
        assertThat(Sqn.next(31, 10, 5)).isEqualTo(42);
        assertThat(Sqn.next(42, 10, 5)).isEqualTo(74);
        assertThat(Sqn.next(74, 10, 5)).isEqualTo(106);
        assertThat(Sqn.next(64, 0, 5)).isEqualTo(96);
    }

    @Test
    void rejectsIndThatDoesNotFitAndUnusableIndLengths() {
        assertThatThrownBy(() -> Sqn.next(0, 32, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sqn.next(0, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sqn.next(0, 0, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sqn.next(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sqn.next(0, (1 << 28) - 1, 28)).isEqualTo((1L << 29) - 1);
    }

    @Test
    void reducesIndModuloTheIndLength() {
        assertThat(Sqn.reduceInd(33, 5)).isEqualTo(1);
        assertThat(Sqn.reduceInd(31, 5)).isEqualTo(31);
        assertThat(Sqn.reduceInd(7, 0)).isZero();
        assertThat(Sqn.reduceInd(0xffffffffL, 28)).isEqualTo((1 << 28) - 1);
    }

    @Test
    void splitsSeqAndInd() {
        assertThat(Sqn.seq(131, 5)).isEqualTo(4);
        assertThat(Sqn.ind(131, 5)).isEqualTo(3);
        assertThat(Sqn.seq(Sqn.MAX, 0)).isEqualTo(Sqn.MAX);
    }

    @Test
    void convertsToAndFromSixBigEndianBytes() {
        assertThat(Sqn.toBytes(0x0123456789abL)).isEqualTo(HexFormat.of().parseHex("0123456789ab"));
        assertThat(Sqn.fromBytes(HexFormat.of().parseHex("ff9bb4d0b607"))).isEqualTo(0xff9bb4d0b607L);
        assertThat(Sqn.toBytes(0x7f0000000000_01L)).as("only the low 48 bits go into AUTN")
                .isEqualTo(HexFormat.of().parseHex("000000000001"));
        assertThatThrownBy(() -> Sqn.fromBytes(new byte[5])).isInstanceOf(IllegalArgumentException.class);
    }
}
