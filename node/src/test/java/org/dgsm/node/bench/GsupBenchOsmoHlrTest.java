package org.dgsm.node.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dgsm.testkit.OsmoHlrProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dgsm bench gsup} (its picocli command) against a real osmo-hlr 1.5 with two provisioned subscribers. */
class GsupBenchOsmoHlrTest {

    private static final String A = "901700000024701";
    private static final String B = "901700000024702";
    private static final String KI = "eb215756028d60e3275e613320aec880";

    @TempDir
    static Path dir;

    static OsmoHlrProcess osmoHlr;

    @BeforeAll
    static void startOsmoHlr() throws Exception {
        osmoHlr = OsmoHlrProcess.builder(dir).ipaName("hlr-bench").start();
        osmoHlr.vty(
                "subscriber imsi " + A + " create",
                "subscriber imsi " + A + " update msisdn 2001",
                "subscriber imsi " + A + " update aud2g comp128v1 ki " + KI,
                "subscriber imsi " + B + " create",
                "subscriber imsi " + B + " update msisdn 2002",
                "subscriber imsi " + B + " update aud2g comp128v1 ki " + KI);
    }

    @AfterAll
    static void stopOsmoHlr() {
        if (osmoHlr != null) {
            osmoHlr.close();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new GsupBenchOptions()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonNode resultOf(Run run) throws Exception {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.out().lines()).as("one JSON line").hasSize(1);
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void authenticatesAgainstOsmoHlr() throws Exception {
        JsonNode result = resultOf(bench("--target", "127.0.0.1:4222", "--op", "sai", "--imsi", A + "," + B,
                "--count", "40", "--concurrency", "2"));
        assertThat(result.get("completed").asInt()).as(osmoHlr.log()).isEqualTo(40);
        assertThat(result.get("errors").asInt()).isZero();
        assertThat(result.get("per_second").asDouble()).isPositive();
        assertThat(result.get("target").asText()).isEqualTo("127.0.0.1:4222");
    }

    @Test
    void updatesLocationsAgainstOsmoHlrAnsweringItsInsertSubscriberData() throws Exception {
        JsonNode result = resultOf(bench("--target", "127.0.0.1", "--op", "lu", "--imsi", A + "," + B,
                "--count", "30", "--concurrency", "3", "--name-prefix", "bench-lu-"));
        assertThat(result.get("completed").asInt()).as(osmoHlr.log()).isEqualTo(30);
        assertThat(result.get("errors").asInt()).isZero();
        assertThat(osmoHlr.vty("show subscriber imsi " + A)).containsPattern("VLR number: bench-lu-[123]");
    }

    @Test
    void countsOsmoHlrsRejectionOfAnUnknownImsiAsErrors() throws Exception {
        JsonNode result = resultOf(bench("--target", "127.0.0.1:4222", "--op", "sai", "--imsi", "901700000099999",
                "--count", "3"));
        assertThat(result.get("completed").asInt()).isZero();
        assertThat(result.get("errors").asInt()).isEqualTo(3);
    }

    @Test
    void rejectsBadOptionsWithExitCode2() {
        Run run = bench("--target", "127.0.0.1:4222", "--op", "purge", "--imsi", A, "--count", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown op 'purge'");
    }
}
