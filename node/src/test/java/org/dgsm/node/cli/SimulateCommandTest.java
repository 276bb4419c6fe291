package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsTheSmallScenarioAndWritesResultsAndPlots() throws Exception {
        Path scenario = Path.of("..", "simulations", "scenarios", "small-4.yaml");
        CliRun run = CliRun.of("simulate", scenario.toString(), "--out", dir.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("results: ", "plot: ");
        assertThat(dir.resolve("results.json")).isNotEmptyFile();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isPositive();
        }
    }

    @Test
    void aBadScenarioIsNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "villages: -3\n");
        CliRun run = CliRun.of("simulate", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("ERROR: ");
    }

    @Test
    void aMissingScenarioIsReported() {
        CliRun run = CliRun.of("simulate", dir.resolve("nope.yaml").toString(), "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("no scenario file");
    }
}
