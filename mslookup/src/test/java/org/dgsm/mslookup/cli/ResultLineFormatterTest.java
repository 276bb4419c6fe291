package org.dgsm.mslookup.cli;

import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lines of spec §6.2/§6.3 built from reports directly; CapturedOutputTest builds them from packets. */
class ResultLineFormatterTest {

    private final ResultLineFormatter csv = new ResultLineFormatter(OutputFormat.CSV);
    private final ResultLineFormatter json = new ResultLineFormatter(OutputFormat.JSON);

    /** The spec writes TAB as →. */
    static String tabs(String line) {
        return line.replace('→', '\t');
    }

    static ServiceAddress address(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static MslookupReport report(String query, ResultCode code, boolean last, long age, ServiceAddress v4,
                                 ServiceAddress v6) {
        try {
            return new MslookupReport(1, MslookupQuery.parse(query), code, last, age, v4, v6);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void csvHeaderHasEightTabSeparatedColumns() {
        assertThat(csv.hasHeader()).isTrue();
        assertThat(csv.header()).isEqualTo(tabs("query→result→last→age→v4_ip→v4_port→v6_ip→v6_port"));
    }

    @Test
    void jsonHasNoHeader() {
        assertThat(json.hasHeader()).isFalse();
        assertThatThrownBy(json::header).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void csvResultWithBothAddresses() {
        MslookupReport r = report("sip.voice.2001.msisdn", ResultCode.RESULT, true, 0, address("10.2.2.2", 5060),
                address("fd00::2", 5062));

        assertThat(csv.format(r, "sip.voice.2001.msisdn"))
                .isEqualTo(tabs("sip.voice.2001.msisdn→result→last→0→10.2.2.2→5060→fd00::2→5062"));
    }

    @Test
    void csvResultWithIpv4OnlyLeavesIpv6FieldsEmpty() {
        MslookupReport r = report("gsup.hlr.901700000014701.imsi", ResultCode.RESULT, true, 0,
                address("127.0.0.1", 4222), null);

        assertThat(csv.format(r, "gsup.hlr.901700000014701.imsi"))
                .isEqualTo(tabs("gsup.hlr.901700000014701.imsi→result→last→0→127.0.0.1→4222→→"));
    }

    @Test
    void csvResultWithIpv6OnlyLeavesIpv4FieldsEmpty() {
        MslookupReport r = report("foo.123.msisdn", ResultCode.RESULT, false, 300, null,
                address("2323:4242:1717:1111::42", 1234));

        assertThat(csv.format(r, "foo.123.msisdn"))
                .isEqualTo(tabs("foo.123.msisdn→result→not-last→300→→→2323:4242:1717:1111::42→1234"));
    }

    @Test
    void csvNotFoundAndNoneHaveNineColumns() {
        MslookupReport notFound = report("gsup.hlr.999999999999999.imsi", ResultCode.NOT_FOUND, true, 0, null,
                null);
        MslookupReport none = report("sip.voice.2001.msisdn", ResultCode.NONE, true, 15, null, null);

        assertThat(csv.format(notFound, "gsup.hlr.999999999999999.imsi"))
                .isEqualTo(tabs("gsup.hlr.999999999999999.imsi→not-found→last→0→→→→→"));
        assertThat(csv.format(none, "sip.voice.2001.msisdn"))
                .isEqualTo(tabs("sip.voice.2001.msisdn→none→last→15→→→→→"));
        assertThat(csv.format(none, "q").split("\t", -1)).hasSize(9);
    }

    @Test
    void csvErrorLineHasEightColumns() {
        assertThat(csv.error("gsup.hlr.12.imsi")).isEqualTo(tabs("gsup.hlr.12.imsi→ERROR→→→→→→"));
        assertThat(csv.error("q").split("\t", -1)).hasSize(8);
    }

    @Test
    void csvPrintsTheQueryTextAsGiven() {
        MslookupReport r = report("gsup.hlr.901700000014701.imsi", ResultCode.NOT_FOUND, true, 0, null, null);

        assertThat(csv.format(r, "gsup.hlr.901700000014701.IMSI")).startsWith("gsup.hlr.901700000014701.IMSI\t");
    }

    @Test
    void jsonResultWithBothAddresses() {
        MslookupReport r = report("sip.voice.1001.msisdn", ResultCode.RESULT, true, 0, address("10.2.2.2", 5060),
                address("fd00::2", 5062));

        assertThat(json.format(r, "sip.voice.1001.msisdn")).isEqualTo("{\"query\": \"sip.voice.1001.msisdn\", "
                + "\"result\": \"result\", \"last\": true, \"age\": 0, \"v4\": [\"10.2.2.2\", \"5060\"], "
                + "\"v6\": [\"fd00::2\", \"5062\"]}");
    }

    @Test
    void jsonResultWithIpv4Only() {
        MslookupReport r = report("gsup.hlr.2001.msisdn", ResultCode.RESULT, true, 0, address("127.0.0.2", 4222),
                null);

        assertThat(json.format(r, "gsup.hlr.2001.msisdn")).isEqualTo("{\"query\": \"gsup.hlr.2001.msisdn\", "
                + "\"result\": \"result\", \"last\": true, \"age\": 0, \"v4\": [\"127.0.0.2\", \"4222\"]}");
    }

    @Test
    void jsonNotFoundAndNone() {
        MslookupReport notFound = report("sip.voice.2001.msisdn", ResultCode.NOT_FOUND, true, 0, null, null);
        MslookupReport none = report("sip.voice.1001.msisdn", ResultCode.NONE, true, 1, null, null);

        assertThat(json.format(notFound, "sip.voice.2001.msisdn")).isEqualTo(
                "{\"query\": \"sip.voice.2001.msisdn\", \"result\": \"not-found\", \"last\": true, \"age\": 0}");
        assertThat(json.format(none, "sip.voice.1001.msisdn")).isEqualTo(
                "{\"query\": \"sip.voice.1001.msisdn\", \"result\": \"none\", \"last\": true, \"age\": 1}");
    }

    @Test
    void jsonErrorLine() {
        assertThat(json.error("gsup.hlr.12.imsi")).isEqualTo("{\"query\": \"gsup.hlr.12.imsi\", \"result\": \"ERROR\"}");
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharacters() {
        assertThat(json.error("a\"b\\c\td\u0001")).isEqualTo(
                "{\"query\": \"a\\\"b\\\\c\\td\\u0001\", \"result\": \"ERROR\"}");
    }

    @Test
    void allZeroAddressesArePrintedAsAbsentLikeOsmo() {
        MslookupReport r = report("a.1.msisdn", ResultCode.RESULT, true, 2, address("0.0.0.0", 5), address("::", 6));

        assertThat(csv.format(r, "a.1.msisdn")).isEqualTo(tabs("a.1.msisdn→result→last→2→→→→"));
        assertThat(json.format(r, "a.1.msisdn"))
                .isEqualTo("{\"query\": \"a.1.msisdn\", \"result\": \"result\", \"last\": true, \"age\": 2}");
    }

    @Test
    void largestAgeIsPrintedUnsigned() {
        MslookupReport r = report("a.1.msisdn", ResultCode.RESULT, false, 4294967295L, address("1.2.3.4", 1), null);

        assertThat(csv.format(r, "a.1.msisdn")).isEqualTo(tabs("a.1.msisdn→result→not-last→4294967295→1.2.3.4→1→→"));
    }
}
