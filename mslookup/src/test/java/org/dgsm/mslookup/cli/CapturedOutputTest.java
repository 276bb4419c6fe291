package org.dgsm.mslookup.cli;

import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.wire.MdnsVectors;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.mslookup.cli.ResultLineFormatterTest.address;
import static org.dgsm.mslookup.cli.ResultLineFormatterTest.tabs;

/**
 * The output lines captured from osmo-mslookup-client (spec §5, §6.2, §6.3, §6.5, §8.4), reproduced end to end:
 * argument → engine (fed with captured answer packets, times injected) → formatter.
 */
class CapturedOutputTest {

    private static final String SUFFIX = MdnsVectors.SUFFIX;
    private static final long CLI_MIN_DELAY = 1000;
    private static final long CLI_TIMEOUT = 1000;

    /** One query argument run through a fresh engine; answers are delivered at the given times. */
    private static final class Run {
        final MslookupClientEngine engine = new MslookupClientEngine(SUFFIX, 0x520e);
        final ResultLineFormatter formatter;
        final QueryArgument arg;
        final List<String> lines = new ArrayList<>();

        Run(OutputFormat format, String argument, long nowMs) {
            formatter = new ResultLineFormatter(format);
            arg = QueryArgument.parse(argument);
            if (!arg.isValid()) {
                lines.add(formatter.error(arg.queryText()));
                return;
            }
            engine.start(arg.query(), arg.minDelayMs() != null ? arg.minDelayMs() : CLI_MIN_DELAY,
                    arg.timeoutMs() != null ? arg.timeoutMs() : CLI_TIMEOUT, nowMs);
        }

        Run answer(byte[] packet, long nowMs) {
            print(engine.onPacket(packet, nowMs));
            return this;
        }

        Run time(long nowMs) {
            print(engine.onTime(nowMs));
            return this;
        }

        private void print(List<MslookupReport> reports) {
            reports.forEach(r -> lines.add(formatter.format(r, arg.queryText())));
        }
    }

    private static byte[] vector(String name) {
        return MdnsVectors.named(name).packet();
    }

    @Test
    void csvHomeHlrAnswerAgeZero() {
        Run run = new Run(OutputFormat.CSV, "gsup.hlr.901700000014701.imsi", 0).answer(vector("a01"), 4);

        assertThat(run.lines).containsExactly(tabs("gsup.hlr.901700000014701.imsi→result→last→0→127.0.0.1→4222→→"));
    }

    @Test
    void csvNotFoundAfterOneSecond() {
        Run run = new Run(OutputFormat.CSV, "gsup.hlr.999999999999999.imsi", 0).time(999);
        assertThat(run.lines).isEmpty();

        run.time(1000);

        assertThat(run.lines).containsExactly(tabs("gsup.hlr.999999999999999.imsi→not-found→last→0→→→→→"));
    }

    @Test
    void csvAnswerWithIpv4AndIpv6() {
        Run run = new Run(OutputFormat.CSV, "sip.voice.2001.msisdn", 0).answer(vector("a03"), 2);

        assertThat(run.lines).containsExactly(tabs("sip.voice.2001.msisdn→result→last→0→10.2.2.2→5060→fd00::2→5062"));
    }

    @Test
    void csvAnswerIpv4Only() {
        Run run = new Run(OutputFormat.CSV, "smpp.sms.1001.msisdn", 0).answer(vector("a04"), 2);

        assertThat(run.lines).containsExactly(tabs("smpp.sms.1001.msisdn→result→last→0→10.2.2.2→2775→→"));
    }

    @Test
    void csvUnixSocketExchangeWithAgeFifteen() {
        Run run = new Run(OutputFormat.CSV, "500-2000@sip.voice.2001.msisdn", 0).answer(vector("a09"), 100);
        assertThat(run.lines).isEmpty();

        run.time(500).time(1999);
        assertThat(run.lines).hasSize(1);
        run.time(2000);

        assertThat(run.formatter.header()).isEqualTo(tabs("query→result→last→age→v4_ip→v4_port→v6_ip→v6_port"));
        assertThat(run.lines).containsExactly(
                tabs("sip.voice.2001.msisdn→result→not-last→15→10.2.2.2→5060→fd00::2→5062"),
                tabs("sip.voice.2001.msisdn→none→last→15→→→→→"));
    }

    @Test
    void csvErrorLineForUnparsableQuery() {
        Run run = new Run(OutputFormat.CSV, "gsup.hlr.12.imsi", 0);

        assertThat(run.lines).containsExactly(tabs("gsup.hlr.12.imsi→ERROR→→→→→→"));
        assertThat(run.arg.errorMessage()).isEqualTo("ERROR: cannot parse query string: 'gsup.hlr.12.imsi'");
    }

    @Test
    void jsonMinDelay500Timeout3000WithOneAgeOneAnswer() throws Exception {
        Run run = new Run(OutputFormat.JSON, "500-3000@sip.voice.1001.msisdn", 0);
        MslookupResult ageOne = new MslookupResult(1, address("10.2.2.2", 5060), address("fd00::2", 5062));
        run.answer(MslookupAnswerEncoder.encode(new MslookupAnswer(0x520e, run.arg.query(), ageOne), SUFFIX), 120);
        assertThat(run.lines).isEmpty();

        run.time(500);
        assertThat(run.lines).containsExactly("{\"query\": \"sip.voice.1001.msisdn\", \"result\": \"result\", "
                + "\"last\": false, \"age\": 1, \"v4\": [\"10.2.2.2\", \"5060\"], \"v6\": [\"fd00::2\", \"5062\"]}");
        run.time(2999);
        assertThat(run.lines).hasSize(1);
        run.time(3000);

        assertThat(run.lines.get(1))
                .isEqualTo("{\"query\": \"sip.voice.1001.msisdn\", \"result\": \"none\", \"last\": true, \"age\": 1}");
        assertThat(run.engine.hasPendingRequests()).isFalse();
    }

    @Test
    void jsonNotFound() {
        Run run = new Run(OutputFormat.JSON, "sip.voice.2001.msisdn", 0).time(1000);

        assertThat(run.lines).containsExactly(
                "{\"query\": \"sip.voice.2001.msisdn\", \"result\": \"not-found\", \"last\": true, \"age\": 0}");
    }

    @Test
    void jsonAgeZeroWithBothAddresses() throws Exception {
        Run run = new Run(OutputFormat.JSON, "sip.voice.1001.msisdn", 0);
        MslookupResult ageZero = new MslookupResult(0, address("10.2.2.2", 5060), address("fd00::2", 5062));
        run.answer(MslookupAnswerEncoder.encode(new MslookupAnswer(1, run.arg.query(), ageZero), SUFFIX), 7);

        assertThat(run.lines).containsExactly("{\"query\": \"sip.voice.1001.msisdn\", \"result\": \"result\", "
                + "\"last\": true, \"age\": 0, \"v4\": [\"10.2.2.2\", \"5060\"], \"v6\": [\"fd00::2\", \"5062\"]}");
    }

    @Test
    void jsonGsupHlrByMsisdn() {
        Run run = new Run(OutputFormat.JSON, "gsup.hlr.2001.msisdn", 0).answer(vector("a07"), 3);

        assertThat(run.lines).containsExactly("{\"query\": \"gsup.hlr.2001.msisdn\", \"result\": \"result\", "
                + "\"last\": true, \"age\": 0, \"v4\": [\"127.0.0.2\", \"4222\"]}");
    }

    @Test
    void youngestOfTwoSitesWinsAtOneSecond() {
        Run run = new Run(OutputFormat.CSV, "sip.voice.1001.msisdn", 0)
                .answer(vector("a08b"), 3).answer(vector("a08a"), 5).time(1000);

        assertThat(run.lines).containsExactly(tabs("sip.voice.1001.msisdn→result→last→1→10.1.1.1→5060→→"));
    }
}
