package org.dgsm.mslookup.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** strtoll-then-range-check semantics, range 0..2^32-1 as osmo-mslookup-client uses it for times. */
class OsmoNumberTest {

    private static final long MAX = 0xFFFF_FFFFL;

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(value = {"''|0", "0|0", "5000|5000", "007|7", "+5|5", "-0|0", "' 12'|12", "'\t\n12'|12",
            "4294967295|4294967295"}, delimiter = '|')
    void acceptsWhatStrtollAccepts(String text, long expected) {
        assertThat(OsmoNumber.parse(text, 0, MAX)).hasValue(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {" ", "+", "-", "-1", "4294967296", "12 ", "1e3", "0x10", "5s", "99999999999999999999",
            "１２"})
    void rejectsEverythingElse(String text) {
        assertThat(OsmoNumber.parse(text, 0, MAX)).isEmpty();
    }
}
