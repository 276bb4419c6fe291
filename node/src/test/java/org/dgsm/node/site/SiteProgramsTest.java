package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProgramsTest {

    @TempDir
    Path dir;

    @Test
    void listsTheProgramsOfASiteInStartOrder() throws Exception {
        SiteInitializer.init("north", dir.resolve("site"), SiteTestFiles.loopbackOptions(dir.resolve("state")).build());
        List<ProgramSpec> programs = SitePrograms.of(dir.resolve("site"), dir.resolve("state"), dir.resolve("log"));
        assertThat(programs).extracting(ProgramSpec::name)
                .containsExactly("osmo-stp", "osmo-msc", "osmo-sgsn", "osmo-sip-connector");
        ProgramSpec msc = programs.get(1);
        assertThat(msc.command()).containsExactly("osmo-msc", "-c",
                dir.resolve("site/osmo-msc.cfg").toAbsolutePath().toString());
        assertThat(msc.workingDirectory()).isEqualTo(dir.resolve("state/osmo-msc"));
        assertThat(msc.logFile()).isEqualTo(dir.resolve("log/osmo-msc.log"));
    }

    @Test
    void leavesOutProgramsWithoutConfig() {
        assertThat(SitePrograms.of(dir, dir, dir)).isEmpty();
    }
}
