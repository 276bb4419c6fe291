package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class SubscriberIdentifiersPropertiesTest {

    private static boolean asciiDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Property(tries = 2000)
    void imsiIsAcceptedExactlyWhenSixToFifteenAsciiDigits(@ForAll("identifierLike") String candidate) {
        boolean valid = candidate.length() >= 6 && candidate.length() <= 15 && asciiDigits(candidate);
        Throwable thrown = catchThrowable(() -> SubscriberIdentifiers.requireImsi(candidate));
        if (valid) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("IMSI must be");
        }
    }

    @Property(tries = 2000)
    void msisdnIsAcceptedExactlyWhenOneToFifteenAsciiDigits(@ForAll("identifierLike") String candidate) {
        boolean valid = !candidate.isEmpty() && candidate.length() <= 15 && asciiDigits(candidate);
        Throwable thrown = catchThrowable(() -> SubscriberIdentifiers.requireMsisdn(candidate));
        if (valid) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("MSISDN must be");
        }
    }

    @Property(tries = 500)
    void everyDigitStringOfValidLengthIsAnImsi(@ForAll @NumericChars @StringLength(min = 6, max = 15) String imsi) {
        assertThat(SubscriberIdentifiers.requireImsi(imsi)).isEqualTo(imsi);
    }

    @Property(tries = 1000)
    void errorMessagesNeverCarryControlCharacters(@ForAll String anything) {
        Throwable thrown = catchThrowable(() -> SubscriberIdentifiers.requireNodeName("VLR name", anything));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).doesNotContainPattern("[\\x00-\\x1f\\x7f]");
        }
    }

    @Property(tries = 100)
    void nullIsRejectedWithTheFieldName(@ForAll("fieldNames") String field) {
        assertThatThrownBy(() -> {
            switch (field) {
                case "IMSI" -> SubscriberIdentifiers.requireImsi(null);
                case "MSISDN" -> SubscriberIdentifiers.requireMsisdn(null);
                default -> SubscriberIdentifiers.requireNodeName(field, null);
            }
        }).isInstanceOf(NullPointerException.class).hasMessageContaining(field);
    }

    /** Mostly digit strings around the length limits, some with a foreign character mixed in. */
    @Provide
    Arbitrary<String> identifierLike() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(18);
        Arbitrary<String> mixed = Arbitraries.strings().withChars("0123456789+ #*a\u0000\u0663\uff10")
                .ofMinLength(0).ofMaxLength(18);
        return Arbitraries.oneOf(digits, mixed);
    }

    @Provide
    Arbitrary<String> fieldNames() {
        return Arbitraries.of("IMSI", "MSISDN", "VLR name", "proxy name");
    }
}
