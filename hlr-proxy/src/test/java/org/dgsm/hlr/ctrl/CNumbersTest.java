package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CNumbersTest {

    @Test
    void wholeLongReadsSignedDecimalsWithinSixtyFourBits() {
        assertThat(CNumbers.wholeLong("42")).hasValue(42);
        assertThat(CNumbers.wholeLong("-1")).hasValue(-1);
        assertThat(CNumbers.wholeLong("007")).hasValue(7);
        assertThat(CNumbers.wholeLong("9223372036854775807")).hasValue(Long.MAX_VALUE);
        assertThat(CNumbers.wholeLong("-9223372036854775808")).hasValue(Long.MIN_VALUE);
    }

    @Test
    void wholeLongReadsAnEmptyStringAsZeroLikeStrtoll() {
        assertThat(CNumbers.wholeLong("")).hasValue(0);
    }

    @Test
    void wholeLongRefusesOverflowSignsWithoutDigitsAndTrailingCharacters() {
        for (String bad : new String[] {"9223372036854775808", "-9223372036854775809", "-", "--1", "1x", "0x1", " ", "1 "}) {
            assertThat(CNumbers.wholeLong(bad)).as(bad).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void atoiStopsAtTheFirstNonDigitAndTruncatesToThirtyTwoBits() {
        assertThat(CNumbers.atoi("7,8")).isEqualTo(7);
        assertThat(CNumbers.atoi("abc")).isZero();
        assertThat(CNumbers.atoi(",7")).isZero();
        assertThat(CNumbers.atoi("  9")).isEqualTo(9);
        assertThat(CNumbers.atoi("-1")).isEqualTo(-1);
        assertThat(CNumbers.atoi("4294967301")).isEqualTo(5);
        assertThat(CNumbers.atoi("99999999999999999999")).isEqualTo((int) Long.MAX_VALUE);
        assertThat(CNumbers.atoi("-99999999999999999999")).isEqualTo((int) Long.MIN_VALUE);
    }

    @Property(tries = 5_000)
    void atoiIsTheLowThirtyTwoBitsOfTheSaturatedValue(@ForAll("signedDigits") String digits) {
        String number = digits.replace("+", "");
        BigInteger value = number.isEmpty() || number.equals("-") ? BigInteger.ZERO : new BigInteger(number);
        BigInteger saturated = value.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(CNumbers.atoi(digits)).isEqualTo((int) saturated.longValue());
    }

    @Provide
    Arbitrary<String> signedDigits() {
        Arbitrary<String> sign = Arbitraries.of("", "+", "-");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMaxLength(25);
        return Combinators.combine(sign, digits).as((s, d) -> s + d);
    }

    @Test
    void hexStringsNeedAnEvenNumberOfDigitsWithinTheBounds() {
        assertThat(CNumbers.isHexString("00aaFF", 2, 6)).isTrue();
        assertThat(CNumbers.isHexString("00aaF", 2, 6)).isFalse();
        assertThat(CNumbers.isHexString("00aaFF00", 2, 6)).isFalse();
        assertThat(CNumbers.isHexString("0g", 2, 6)).isFalse();
        assertThat(CNumbers.isHexString("", 0, 0)).isTrue();
    }

    @Test
    void digitsMustAllBeDecimalAndWithinTheBounds() {
        assertThat(CNumbers.isDigits("123456", 6, 15)).isTrue();
        assertThat(CNumbers.isDigits("12345", 6, 15)).isFalse();
        assertThat(CNumbers.isDigits("1234567890123456", 6, 15)).isFalse();
        assertThat(CNumbers.isDigits("12345a", 6, 15)).isFalse();
    }
}
