package org.dgsm.node.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 of a node in a child JVM under a LU/SAI storm, three times, with a power-cut copy in every round. */
class KillLoopTest {

    @TempDir
    Path dir;

    @Test
    void threeKillsUnderLoadLoseNoAcknowledgedLocationUpdateAndNoSqn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KillLoop.Report r = KillLoop.run(new KillLoop.Settings(System.getProperty("java.class.path"), dir,
                "127.0.0.44", 3, 60, 2, Duration.ofMillis(1_500), Duration.ofMillis(2_500), 7, true),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(r.unexpectedExits()).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(r.kills()).isEqualTo(3);
        assertThat(r.acknowledgedLocationUpdates()).as("the storm got answers before the kills").isPositive();
        assertThat(r.acknowledgedAuthInfos()).isPositive();
        assertThat(r.problems()).as(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(r.lost()).isZero();
        assertThat(r.sqnRegressions()).isZero();
        assertThat(r.duplicateSqns()).isZero();
        assertThat(r.integrityFailures()).isZero();
        assertThat(r.copies()).isEqualTo(3);
        assertThat(r.copiesBroken()).isZero();
    }
}
