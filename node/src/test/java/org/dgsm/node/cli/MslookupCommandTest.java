package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Option and query errors of `dgsm mslookup`: a clear message and a non-zero exit, nothing sent for them. */
class MslookupCommandTest {

    @Test
    void unparsableQueryPrintsOsmosErrorLineAndExitsNonZero() {
        CliRun run = CliRun.of("mslookup", "-t", "100", "-T", "100", "gsup.hlr.12.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEqualTo("query\tresult\tlast\tage\tv4_ip\tv4_port\tv6_ip\tv6_port\n"
                + "gsup.hlr.12.imsi\tERROR\t\t\t\t\t\t\n");
        assertThat(run.stderr()).isEqualTo("ERROR: cannot parse query string: 'gsup.hlr.12.imsi'\n");
    }

    @Test
    void unparsableQueryInJsonIsAnErrorObject() {
        CliRun run = CliRun.of("mslookup", "-f", "json", "-q", "sip.voice.1.what");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEqualTo("{\"query\": \"sip.voice.1.what\", \"result\": \"ERROR\"}\n");
        assertThat(run.stderr()).as("-q keeps stderr quiet").isEmpty();
    }

    @Test
    void validQueriesStillCompleteBesideAnUnparsableOne() {
        CliRun run = CliRun.of("mslookup", "-H", "-t", "50", "-T", "50", "bad", "gsup.hlr.999999999999999.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout().lines()).containsExactlyInAnyOrder("bad\tERROR\t\t\t\t\t\t",
                "gsup.hlr.999999999999999.imsi\tnot-found\tlast\t0\t\t\t\t\t");
    }

    @Test
    void badTimingPrefixNamesTheNumber() {
        CliRun run = CliRun.of("mslookup", "x-100@gsup.hlr.901700000014701.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("invalid min-delay number: x");
    }

    @Test
    void unknownFormatIsAnOptionError() {
        CliRun run = CliRun.of("mslookup", "-f", "xml", "gsup.hlr.901700000014701.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("invalid format: 'xml'");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void noQueryPrintsUsageAndFails() {
        CliRun run = CliRun.of("mslookup");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("Usage: dgsm mslookup");
    }

    @Test
    void unknownInterfaceIsNamed() {
        CliRun run = CliRun.of("mslookup", "-i", "nosuch0", "gsup.hlr.901700000014701.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("no such network interface: 'nosuch0'");
    }

    @Test
    void unicastGroupIsRefused() {
        CliRun run = CliRun.of("mslookup", "-m", "127.0.0.1", "gsup.hlr.901700000014701.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("must be an IPv4 multicast address");
    }

    @Test
    void daemonModeIsRefusedClearly() {
        CliRun run = CliRun.of("mslookup", "-d", "-s", "/tmp/x", "gsup.hlr.901700000014701.imsi");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("not supported");
    }

    @Test
    void sendRejectsAMissingAddress() {
        CliRun run = CliRun.of("mslookup", "--send", "foo.123.msisdn", "300");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("--send takes QUERY AGE IP");
    }

    @Test
    void sendPrintsWhatItSendsLikeOsmo() {
        CliRun run = CliRun.of("mslookup", "--send", "foo.123.msisdn", "300", "23.42.17.11", "1234");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(
                "Sending mDNS to 239.192.23.42:4266: foo.123.msisdn -> ipv4: 23.42.17.11:1234 (age=300) (not-last)\n");
    }
}
