package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HexTest {

    @Test
    void parsesUpperAndLowerCase() {
        assertThat(Hex.parse("00ffA5e1")).containsExactly(0x00, 0xff, 0xa5, 0xe1);
    }

    @Test
    void formatsLowerCase() {
        assertThat(Hex.format(new byte[] {0x0a, (byte) 0xbc, 0x7f})).isEqualTo("0abc7f");
    }

    @Test
    void parsesEmptyText() {
        assertThat(Hex.parse("")).isEmpty();
    }

    @Test
    void rejectsOddLengthNamingTheCount() {
        assertThatThrownBy(() -> Hex.parse("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd").hasMessageContaining("3");
    }

    @Test
    void rejectsNonHexCharacterNamingItsIndex() {
        assertThatThrownBy(() -> Hex.parse("00g1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'g'").hasMessageContaining("index 2");
    }

    @Test
    void rejectsWhitespacePrefixAndNonAsciiDigits() {
        assertThatThrownBy(() -> Hex.parse("0x01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hex.parse("01 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hex.parse("\uff11\uff12")).isInstanceOf(IllegalArgumentException.class);
    }
}
