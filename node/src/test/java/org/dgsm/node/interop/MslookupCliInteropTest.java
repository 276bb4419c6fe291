package org.dgsm.node.interop;

import org.dgsm.node.cli.CliRun;

import org.dgsm.testkit.OsmoHlrProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `dgsm mslookup` against a real osmo-hlr 1.5 prints, byte for byte, what osmo-mslookup-client prints for
 * the same queries (lines that finish together may come in another order).
 */
class MslookupCliInteropTest {

    @TempDir
    static Path dir;

    static OsmoHlrProcess osmoHlr;

    @BeforeAll
    static void startOsmoHlr() throws Exception {
        osmoHlr = OsmoHlrProcess.builder(dir).ipaName("hlr-A").mslookupServer(true).start();
        String reply = osmoHlr.vty(
                "subscriber imsi 901700000014701 create",
                "subscriber imsi 901700000014701 update msisdn 1001",
                "subscriber imsi 901700000024701 create",
                "subscriber imsi 901700000024701 update msisdn 2001");
        assertThat(reply).contains("Created subscriber 901700000024701", "Updated subscriber IMSI='901700000024701' to MSISDN='2001'");
    }

    @AfterAll
    static void stopOsmoHlr() {
        if (osmoHlr != null) {
            osmoHlr.close();
        }
    }

    /** Runs both clients at the same time, so both see the same answers. */
    private static void assertSameOutput(String name, String... args) throws Exception {
        CompletableFuture<CliRun> osmo = CompletableFuture.supplyAsync(() -> {
            try {
                return OsmoMslookupClient.run(dir, name, args);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        CliRun ours = CliRun.of(prepend("mslookup", args));
        CliRun theirs = osmo.get();
        assertThat(theirs.exitCode()).as("osmo-mslookup-client exit code").isZero();
        assertThat(ours.exitCode()).as("dgsm mslookup exit code; stderr: %s", ours.stderr()).isZero();
        List<String> ourLines = ours.stdout().lines().toList();
        List<String> theirLines = theirs.stdout().lines().toList();
        assertThat(ourLines).as("same lines as osmo-mslookup-client").containsExactlyInAnyOrderElementsOf(theirLines);
        assertThat(ours.stdout()).as("same bytes").hasSameSizeAs(theirs.stdout()).endsWith("\n");
        if (!theirLines.isEmpty() && theirLines.get(0).startsWith("query\t")) {
            assertThat(ourLines.get(0)).isEqualTo(theirLines.get(0));
        }
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void findsTheHomeHlrOfAnImsiLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("found-imsi", "gsup.hlr.901700000014701.imsi");
        CliRun ours = CliRun.of("mslookup", "gsup.hlr.901700000014701.imsi");
        assertThat(ours.stdout()).contains("gsup.hlr.901700000014701.imsi\tresult\tlast\t0\t127.0.0.1\t4222\t\t\n");
    }

    @Test
    void findsTheHomeHlrByMsisdnLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("found-msisdn", "gsup.hlr.2001.msisdn");
    }

    @Test
    void reportsNotFoundLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("not-found", "-t", "300", "-T", "300", "gsup.hlr.999999999999999.imsi");
    }

    @Test
    void runsSeveralQueriesAtOnceLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("several", "-t", "400", "-T", "400", "gsup.hlr.901700000014701.imsi",
                "gsup.hlr.1001.msisdn", "gsup.hlr.999999999999998.imsi", "gsup.hlr.2001.msisdn");
    }

    @Test
    void omitsTheCsvHeaderWithCapitalHLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("no-header", "-H", "-t", "300", "-T", "300", "gsup.hlr.901700000024701.imsi",
                "sip.voice.1001.msisdn");
    }

    @Test
    void printsJsonLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("json", "-f", "json", "-t", "300", "-T", "300", "gsup.hlr.901700000014701.imsi",
                "gsup.hlr.999999999999997.imsi");
    }

    @Test
    void honoursTimingPrefixesLikeOsmoMslookupClient() throws Exception {
        assertSameOutput("timing", "-f", "json", "200-600@gsup.hlr.1001.msisdn", "300@smpp.sms.1001.msisdn");
    }
}
