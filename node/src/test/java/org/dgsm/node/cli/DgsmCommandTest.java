package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class DgsmCommandTest {

    @Test
    void versionNamesTheProject() {
        StringWriter out = new StringWriter();
        int rc = DgsmCommand.commandLine().setOut(new PrintWriter(out)).execute("--version");
        assertThat(rc).isZero();
        assertThat(out.toString()).startsWith("dgsm ").doesNotContain("unknown");
    }

    @Test
    void noCommandIsAUsageError() {
        StringWriter err = new StringWriter();
        int rc = DgsmCommand.commandLine().setErr(new PrintWriter(err)).execute();
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("Missing command");
    }
}
