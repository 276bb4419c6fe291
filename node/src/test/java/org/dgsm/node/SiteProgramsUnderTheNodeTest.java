package org.dgsm.node;

import org.dgsm.node.cli.CliRun;
import org.dgsm.node.config.VillageConfigLoader;
import org.dgsm.testkit.OsmoProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `dgsm site init` output run by the node itself: the node starts the real osmo-sgsn from the generated config,
 * osmo-sgsn connects to this node's HLR over GSUP/IPA, and the status page shows the program running.
 */
class SiteProgramsUnderTheNodeTest {

    @TempDir
    Path dir;

    @Test
    void theNodeStartsOsmoSgsnWhichConnectsToItsHlr() throws Exception {
        OsmoProgram.require("osmo-sgsn", "osmo-sgsn");
        Path site = dir.resolve("north");
        CliRun init = CliRun.of("site", "init", "north", "--dir", site.toString(), "--mesh-ip", "127.0.0.41",
                "--database", dir.resolve("hlr.db").toString());
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        Files.writeString(site.resolve("village.yaml"), """
                discovery:
                  enabled: false
                programs:
                  start: [osmo-sgsn]
                """, StandardOpenOption.APPEND);

        try (VillageNode node = VillageNode.start(VillageConfigLoader.load(site.resolve("village.yaml")).build())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (node.gsup().connectedPeers().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(node.gsup().connectedPeers()).as("osmo-sgsn connected to our HLR; its log: "
                    + site.resolve("logs/osmo-sgsn.log")).extracting(p -> p.displayName()).singleElement()
                    .asString().contains("sgsn");
            String status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.41:8042/status.json")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(status.replaceAll("\\s", "")).contains("\"name\":\"osmo-sgsn\",\"state\":\"RUNNING\"");
        }
    }
}
