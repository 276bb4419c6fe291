package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SiteCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAVillageAndRefusesToOverwriteItWithoutForce() throws Exception {
        Path site = dir.resolve("north");
        CliRun first = CliRun.of("site", "init", "north", "--dir", site.toString(), "--mesh-ip", "10.23.0.1");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("village.yaml", "osmo-msc.cfg", "osmo-sgsn.cfg", "osmo-stp.cfg");
        assertThat(Files.readString(site.resolve("village.yaml"))).contains("site: north", "bind: 10.23.0.1:4222");

        CliRun again = CliRun.of("site", "init", "north", "--dir", site.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("exists; nothing written");
        assertThat(CliRun.of("site", "init", "north", "--dir", site.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void badValueIsAUsageError() {
        CliRun run = CliRun.of("site", "init", "north", "--dir", dir.toString(), "--mesh-ip", "a b");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
