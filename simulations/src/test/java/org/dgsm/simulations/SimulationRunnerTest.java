package org.dgsm.simulations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dgsm.simulations.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationRunnerTest {

    private static final String SCENARIO = """
            name: determinism
            seed: 4242
            durationHours: 1.5
            warmupMinutes: 5
            villages: 5
            topology: {type: random, degree: 2.5}
            linkDefaults: {lossPercent: 4, delayMs: 15, jitterMs: 25, duplicatePercent: 1, mtbfHours: 1, mttrMinutes: 5}
            outages: [{village: v02, startHour: 0.5, durationHours: 0.5}]
            subscribers:
              count: 150
              mobility:
                homeBased: {fraction: 0.3, tripsPerDay: 8, meanStayMinutes: 20}
                commuter: {fraction: 0.2, leaveHour: 0.3, returnHour: 1.2, spreadMinutes: 5}
                edge: {fraction: 0.2, dwellMinutes: 4}
            workload: {callsPerSubscriberPerDay: 30, smsPerSubscriberPerDay: 30, diurnal: false}
            lossSweep: {lossPercent: [0, 20], durationHours: 0.5}
            """;

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameResultsBytesWhateverTheThreads() throws IOException {
        Path scenario = write("determinism.yaml", SCENARIO);

        SimulationResult first = SimulationRunner.run(scenario, dir.resolve("one"), 1);
        SimulationResult second = SimulationRunner.run(scenario, dir.resolve("two"), 2);

        byte[] bytes = Files.readAllBytes(first.resultsJson());
        assertThat(Files.readAllBytes(second.resultsJson())).isEqualTo(bytes);
        JsonNode results = new ObjectMapper().readTree(bytes);
        assertThat(results.at("/systems").size()).isEqualTo(4);
        assertThat(results.at("/systems/dgsm/calls/attempted").asLong()).isGreaterThan(100);
        assertThat(results.at("/lossSweep/points").size()).isEqualTo(2);

        Path other = write("other.yaml", SCENARIO.replace("seed: 4242", "seed: 4243"));
        SimulationResult different = SimulationRunner.run(other, dir.resolve("three"), 2);
        assertThat(Files.readAllBytes(different.resultsJson())).isNotEqualTo(bytes);
    }

    @Test
    void writesEveryPlotAsAPng() throws IOException {
        SimulationResult result = SimulationRunner.run(write("plots.yaml", SCENARIO), dir.resolve("out"), 2);

        assertThat(result.plots()).extracting(p -> p.getFileName().toString()).containsExactly(
                "call-success-vs-loss.png", "lookup-latency-cdf.png", "sms-delay-cdf.png", "roaming-home-down.png",
                "call-success-by-mobility.png", "call-success-by-hour.png");
        for (Path plot : result.plots()) {
            BufferedImage image = ImageIO.read(plot.toFile());
            assertThat(image).as(plot.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(540);
        }
    }

    @Test
    void anInvalidScenarioIsReportedWithItsKey() throws IOException {
        Path bad = write("bad.yaml", SCENARIO.replace("villages: 5", "villages: 0"));
        assertThatThrownBy(() -> SimulationRunner.run(bad, dir.resolve("bad"), 1))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("bad.yaml: villages: must be between 1 and 1000, got 0");
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
