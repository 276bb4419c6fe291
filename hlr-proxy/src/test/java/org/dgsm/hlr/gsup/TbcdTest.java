package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TbcdTest {

    @Test
    void encodesOddImsiWithFillerInTheLastHighNibble() {
        assertThat(Hex.format(Tbcd.encode("901700000014701"))).isEqualTo("09710000004107f1");
    }

    @Test
    void encodesSpecExampleImsi() {
        assertThat(Hex.format(Tbcd.encode("123456789012345"))).isEqualTo("21436587092143f5");
    }

    @Test
    void encodesEvenDigitCountWithoutFiller() {
        assertThat(Hex.format(Tbcd.encode("1001"))).isEqualTo("0110");
    }

    @Test
    void decodesTheSameDigits() {
        byte[] bytes = Hex.parse("09710000004107f1");
        assertThat(Tbcd.decode(bytes, 0, bytes.length)).isEqualTo("901700000014701");
    }

    @Test
    void fillerInALowNibbleEndsTheStringAndLaterBytesAreIgnored() {
        byte[] bytes = Hex.parse("213f4365");
        assertThat(Tbcd.decode(bytes, 0, bytes.length)).isEqualTo("12");
    }

    @Test
    void specialNibblesMapToStarHashAndLetters() {
        assertThat(Tbcd.decode(Octets.fromHex("badcfe"))).isEqualTo("*#abc");
        assertThat(Hex.format(Tbcd.encode("*#abc"))).isEqualTo("badcfe");
    }

    @Test
    void rejectsCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Tbcd.encode("12x4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        assertThat(Tbcd.isValid("12x4")).isFalse();
        assertThat(Tbcd.isValid("0123456789*#abc")).isTrue();
    }
}
