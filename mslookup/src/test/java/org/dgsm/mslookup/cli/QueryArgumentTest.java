package org.dgsm.mslookup.cli;

import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryArgumentTest {

    private static final MslookupQuery SIP_1001 = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));

    @Test
    void withoutPrefixUsesCommandLineTimes() {
        QueryArgument arg = QueryArgument.parse("sip.voice.1001.msisdn");

        assertThat(arg).isEqualTo(new QueryArgument("sip.voice.1001.msisdn", SIP_1001, null, null));
        assertThat(arg.isValid()).isTrue();
        assertThat(arg.errorMessage()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5000@, 0, 5000", "1000-5000@, 1000, 5000", "10000-@, 10000, 0", "-5000@, 0, 5000",
            "@, 0, 0", "-@, 0, 0", "500-3000@, 500, 3000", "+5- 7@, 5, 7", "4294967295-1@, 4294967295, 1"})
    void prefixReplacesBothTimes(String prefix, long minDelay, long timeout) {
        QueryArgument arg = QueryArgument.parse(prefix + "sip.voice.1001.msisdn");

        assertThat(arg.queryText()).isEqualTo("sip.voice.1001.msisdn");
        assertThat(arg.query()).isEqualTo(SIP_1001);
        assertThat(arg.minDelayMs()).isEqualTo(minDelay);
        assertThat(arg.timeoutMs()).isEqualTo(timeout);
    }

    @Test
    void acceptsFifteenCharacterPrefix() {
        QueryArgument arg = QueryArgument.parse("1234567-1234567@sip.voice.1001.msisdn");

        assertThat(arg.minDelayMs()).isEqualTo(1234567L);
        assertThat(arg.timeoutMs()).isEqualTo(1234567L);
    }

    @Test
    void rejectsSixteenCharacterPrefix() {
        QueryArgument arg = QueryArgument.parse("1234567-12345678@sip.voice.1001.msisdn");

        assertThat(arg.query()).isNull();
        assertThat(arg.queryText()).isEqualTo("sip.voice.1001.msisdn");
        assertThat(arg.errorMessage()).isEqualTo("ERROR: timeouts part too long in query string");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "x-5@sip.voice.1001.msisdn|ERROR: invalid min-delay number: x",
            "5-x@sip.voice.1001.msisdn|ERROR: invalid timeout number: x",
            "1-2-3@sip.voice.1001.msisdn|ERROR: invalid timeout number: 2-3",
            "--1@sip.voice.1001.msisdn|ERROR: invalid timeout number: -1",
            "4294967296@sip.voice.1001.msisdn|ERROR: invalid timeout number: 4294967296",
            "'5 @sip.voice.1001.msisdn'|'ERROR: invalid timeout number: 5 '"})
    void rejectsBadNumbers(String text, String message) {
        QueryArgument arg = QueryArgument.parse(text);

        assertThat(arg.isValid()).isFalse();
        assertThat(arg.queryText()).isEqualTo("sip.voice.1001.msisdn");
        assertThat(arg.minDelayMs()).isNull();
        assertThat(arg.timeoutMs()).isNull();
        assertThat(arg.errorMessage()).isEqualTo(message);
    }

    @Test
    void unparsableQueryKeepsItsTextForTheErrorLine() {
        QueryArgument arg = QueryArgument.parse("500@gsup.hlr.12.imsi");

        assertThat(arg.query()).isNull();
        assertThat(arg.queryText()).isEqualTo("gsup.hlr.12.imsi");
        assertThat(arg.errorMessage()).isEqualTo("ERROR: cannot parse query string: 'gsup.hlr.12.imsi'");
    }

    @Test
    void onlyTheFirstAtSignSplits() {
        QueryArgument arg = QueryArgument.parse("5@a@b.1.msisdn");

        assertThat(arg.queryText()).isEqualTo("a@b.1.msisdn");
        assertThat(arg.query()).isEqualTo(new MslookupQuery("a@b", MslookupId.msisdn("1")));
    }

    @Test
    void rejectsQueryTextOf128Characters() {
        String text = "s".repeat(111) + ".123456789012345.msisdn".substring(0, 17);
        assertThat(text).hasSize(128);

        QueryArgument arg = QueryArgument.parse(text);

        assertThat(arg.isValid()).isFalse();
        assertThat(arg.errorMessage()).startsWith("ERROR: query string is too long");
    }

    @Test
    void fourArgumentConstructorFillsTheParseErrorMessage() {
        assertThat(new QueryArgument("x", null, null, null).errorMessage())
                .isEqualTo("ERROR: cannot parse query string: 'x'");
        assertThatThrownBy(() -> new QueryArgument("x", SIP_1001, null, null, "ERROR: both"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
