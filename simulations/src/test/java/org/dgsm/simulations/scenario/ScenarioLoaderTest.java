package org.dgsm.simulations.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioLoaderTest {

    private static final String MINIMAL = """
            name: minimal
            seed: 3
            durationHours: 2
            villages: 3
            subscribers: {count: 30}
            """;

    @Test
    void fillsInDocumentedDefaults() {
        Scenario s = ScenarioLoader.parse("minimal.yaml", MINIMAL);

        assertThat(s.villageNames()).containsExactly("v00", "v01", "v02");
        assertThat(s.topology().type()).isEqualTo("random");
        assertThat(s.timers().lookupMinDelayMillis()).isEqualTo(1000);
        assertThat(s.timers().homeLookupTimeoutMillis()).isEqualTo(2000);
        assertThat(s.timers().periodicLuMinutes()).isEqualTo(30.0);
        assertThat(s.timers().lookupQueryRepeats()).isZero();
        assertThat(s.smsRetry().delayMillis(1, 0.5)).isEqualTo(5_000);
        assertThat(s.systems()).extracting(SystemSpec::name)
                .containsExactly("dgsm", "osmohlr", "mirror-10", "mirror-30");
        assertThat(s.lossSweep()).isNull();
        assertThat(s.durationMillis()).isEqualTo(7_200_000);
    }

    @Test
    void readsVillageNamesLinksPartitionsAndOutages() {
        Scenario s = ScenarioLoader.parse("full.yaml", """
                name: full
                seed: 1
                durationHours: 10
                villages: {names: [hill, river, pass]}
                topology: {type: explicit}
                linkDefaults: {lossPercent: 5, delayMs: 30}
                links:
                  - {between: [hill, river]}
                  - {between: [river, 2], lossPercent: 50, jitterMs: 9}
                partitions:
                  - {startHour: 1, durationHours: 2, groups: [[hill], [river, pass]]}
                outages:
                  - {village: pass, startHour: 4, durationHours: 0.5}
                subscribers: {count: 10}
                mirror: {central: river}
                systems: [dgsm, mirror-15]
                lossSweep: {lossPercent: [0, 10]}
                """);

        assertThat(s.links()).hasSize(2);
        assertThat(s.links().get(0).spec().loss()).isEqualTo(0.05);
        assertThat(s.links().get(1).spec().loss()).isEqualTo(0.5);
        assertThat(s.links().get(1).spec().jitterMillis()).isEqualTo(9);
        assertThat(s.links().get(1).spec().delayMillis()).isEqualTo(30);
        assertThat(s.partitions().get(0).groupOf()).containsExactly(0, 1, 1);
        assertThat(s.partitions().get(0).startMillis()).isEqualTo(3_600_000);
        assertThat(s.outages().get(0).village()).isEqualTo(2);
        assertThat(s.outages().get(0).durationMillis()).isEqualTo(1_800_000);
        assertThat(s.mirrorCentralVillage()).isEqualTo(1);
        assertThat(s.systems().get(1).mirrorSyncMinutes()).isEqualTo(15);
        assertThat(s.lossSweep().systems()).extracting(SystemSpec::name)
                .containsExactly("dgsm", "mirror-10", "mirror-30");
    }

    @Test
    void errorsNameTheFileAndTheKey() {
        assertError(MINIMAL + "workload: {callsPerSubscriberPerDay: -1}\n",
                "bad.yaml: workload.callsPerSubscriberPerDay: must be between 0 and 1000, got -1");
        assertError(MINIMAL + "linkDefaults: {lossPercent: 120}\n",
                "bad.yaml: linkDefaults.lossPercent: must be between 0 and 100, got 120");
        assertError(MINIMAL + "timers: {lookupMinDelay: 5}\n", "bad.yaml: timers.lookupMinDelay: unknown key");
        assertError(MINIMAL + "colour: blue\n", "bad.yaml: colour: unknown key");
        assertError(MINIMAL.replace("subscribers: {count: 30}", "subscribers: {}"),
                "bad.yaml: subscribers.count: missing");
        assertError(MINIMAL + "outages: [{village: v07, startHour: 1, durationHours: 1}]\n",
                "bad.yaml: outages[0].village: unknown village 'v07'");
        assertError(MINIMAL + "partitions: [{startHour: 5, durationHours: 1, groups: [[v00], [v01]]}]\n",
                "bad.yaml: partitions[0].startHour: must be between 0 and 2, got 5");
        assertError(MINIMAL + "partitions: [{startHour: 1, durationHours: 1, groups: [[v00], [v00, v01]]}]\n",
                "bad.yaml: partitions[0].groups[1][0]: village 'v00' is in two groups");
        assertError(MINIMAL + "links: [{between: [v00, v01]}, {between: [v01, v00]}]\n",
                "bad.yaml: links[1].between: link v01-v00 is listed twice");
        assertError(MINIMAL + "systems: [dgsm, central-db]\n", "bad.yaml: systems: unknown system 'central-db'");
        assertError(MINIMAL + "subscribers: {count: 30, mobility: {edge: {fraction: 0.6}, commuter: {fraction: 0.6}}}\n",
                "subscribers.mobility: the fractions of homeBased, commuter and edge add up to more than 1");
        assertError(MINIMAL.replace("seed: 3", "seed: three"), "bad.yaml: seed: must be a whole number");
        assertError("name: x\n  : [", "bad.yaml: not valid YAML");
    }

    @Test
    void everyShippedScenarioIsValid() throws IOException {
        Path folder = Path.of("scenarios");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("oaxaca-16.yaml", "mesh-100.yaml", "small-4.yaml");
        for (Path file : files) {
            Scenario s = ScenarioLoader.load(file);
            assertThat(s.name() + ".yaml").isEqualTo(file.getFileName().toString());
        }
        Scenario oaxaca = ScenarioLoader.load(folder.resolve("oaxaca-16.yaml"));
        assertThat(oaxaca.villageCount()).isEqualTo(16);
        assertThat(oaxaca.subscribers()).isEqualTo(4000);
        assertThat(oaxaca.durationHours()).isEqualTo(24.0);
        Scenario mesh = ScenarioLoader.load(folder.resolve("mesh-100.yaml"));
        assertThat(mesh.villageCount()).isEqualTo(100);
        assertThat(mesh.subscribers()).isEqualTo(10_000);
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> ScenarioLoader.parse("bad.yaml", yaml))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining(message);
    }
}
