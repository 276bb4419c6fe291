package org.dgsm.node.interop;

import org.dgsm.node.cli.CliRun;
import org.dgsm.testkit.RunningProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** `dgsm mslookup --send` prints what osmo-mslookup-client --send prints, and osmo's client accepts what it sends. */
class MslookupSendInteropTest {

    @TempDir
    Path dir;

    private void assertSamePrintout(String... args) throws Exception {
        String[] ours = new String[args.length + 2];
        ours[0] = "mslookup";
        ours[1] = "--send";
        System.arraycopy(args, 0, ours, 2, args.length);
        String[] theirs = new String[args.length + 1];
        theirs[0] = "--send";
        System.arraycopy(args, 0, theirs, 1, args.length);
        CliRun osmo = OsmoMslookupClient.run(dir, "osmo-send", theirs);
        CliRun dgsm = CliRun.of(ours);
        assertThat(dgsm.exitCode()).as(dgsm.stderr()).isZero();
        assertThat(dgsm.stdout()).isEqualTo(osmo.stdout());
    }

    @Test
    void printsTheSameLineForIpv4() throws Exception {
        assertSamePrintout("foo.123.msisdn", "300", "23.42.17.11", "1234");
    }

    @Test
    void printsTheSameLineForIpv6WithTheDefaultPort() throws Exception {
        assertSamePrintout("foo.123.msisdn", "300", "2323:4242:1717:1111::42");
    }

    @Test
    void printsTheSameLineForBoth() throws Exception {
        assertSamePrintout("sip.voice.1001.msisdn", "5", "10.2.2.2", "5060", "fd00::2", "5062");
    }

    @Test
    void osmoClientAcceptsTheAnswerWeSend() throws Exception {
        QueryWatch watch = new QueryWatch();
        CompletableFuture<CliRun> osmo = CompletableFuture.supplyAsync(() -> {
            try {
                return OsmoMslookupClient.run(dir, "osmo-client", "-H", "-t", "4000", "-T", "4000", "sip.voice.1001.msisdn");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        try (watch) {
            watch.awaitQueries(1, Duration.ofSeconds(3));
        }
        assertThat(CliRun.of("mslookup", "--send", "sip.voice.1001.msisdn", "5", "10.2.2.2", "5060", "fd00::2", "5062")
                .exitCode()).isZero();
        assertThat(osmo.get().stdout()).isEqualTo("sip.voice.1001.msisdn\tresult\tlast\t5\t10.2.2.2\t5060\tfd00::2\t5062\n");
    }

    @Test
    void ourClientAcceptsTheAnswerOsmoSends() throws Exception {
        QueryWatch watch = new QueryWatch();
        CompletableFuture<CliRun> ours = CompletableFuture.supplyAsync(
                () -> CliRun.of("mslookup", "-H", "-f", "json", "-t", "4000", "-T", "4000", "foo.123.msisdn"));
        try (watch) {
            watch.awaitQueries(1, Duration.ofSeconds(3));
        }
        try (RunningProcess send = OsmoMslookupClient.start(dir, "osmo-send", "--send", "foo.123.msisdn", "300",
                "23.42.17.11", "1234", "2323:4242:1717:1111::42", "1234")) {
            assertThat(send.waitFor(Duration.ofSeconds(10))).isZero();
        }
        assertThat(ours.get().stdout()).isEqualTo("{\"query\": \"foo.123.msisdn\", \"result\": \"result\", \"last\": true,"
                + " \"age\": 300, \"v4\": [\"23.42.17.11\", \"1234\"], \"v6\": [\"2323:4242:1717:1111::42\", \"1234\"]}\n");
    }
}
