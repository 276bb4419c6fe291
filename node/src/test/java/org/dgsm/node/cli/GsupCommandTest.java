package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class GsupCommandTest {

    /** Send Auth Info request for IMSI 123456789012345 (libosmocore gsup_test "Send Authentication Info Request"). */
    private static final String SAI_REQUEST = "08010821436587092143f5";

    private static CliRun encode(String json) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = DgsmCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        GsupCommand.Encode encode = cl.getSubcommands().get("gsup").getSubcommands().get("encode").getCommand();
        encode.in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        int rc = cl.execute("gsup", "encode");
        return new CliRun(rc, out.toString(), err.toString());
    }

    @Test
    void decodesToJsonAndEncodesBackToTheSameHex() {
        CliRun decoded = CliRun.of("gsup", "decode", SAI_REQUEST);
        assertThat(decoded.exitCode()).isZero();
        assertThat(decoded.stdout()).contains("SEND_AUTH_INFO_REQUEST").contains("123456789012345");
        CliRun encoded = encode(decoded.stdout());
        assertThat(encoded.exitCode()).as(encoded.stderr()).isZero();
        assertThat(encoded.stdout()).isEqualTo(SAI_REQUEST + "\n");
    }

    @Test
    void acceptsSpacesAndColonsInHex() {
        assertThat(CliRun.of("gsup", "decode", "08 01:08 21 43 65 87 09 21 43 f5").exitCode()).isZero();
    }

    @Test
    void rejectsTextThatIsNotHex() {
        CliRun run = CliRun.of("gsup", "decode", "08zz");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("ERROR: not hex");
    }

    @Test
    void rejectsATruncatedMessage() {
        CliRun run = CliRun.of("gsup", "decode", "0801082143658709");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("ERROR: malformed GSUP message");
    }

    @Test
    void rejectsJsonWithAnUnknownKey() {
        CliRun run = encode("{\"message_type\": \"SEND_AUTH_INFO_REQUEST\", \"imsi\": \"123456789012345\", \"colour\": 1}");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("colour");
    }
}
