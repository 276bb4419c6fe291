package org.dgsm.node.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The programs a site folder written by {@link SiteInitializer} has configs for, ready for {@link ProgramSupervisor}. */
public final class SitePrograms {

    /** In start order: osmo-stp first (osmo-msc connects to it), osmo-sip-connector after osmo-msc (its MNCC socket). */
    public static final List<String> PROGRAMS = List.of("osmo-stp", "osmo-msc", "osmo-sgsn", "osmo-sip-connector");

    private SitePrograms() {
    }

    /**
     * One {@link ProgramSpec} per program whose {@code <program>.cfg} is in the site folder: {@code <program> -c
     * <site>/<program>.cfg}, run in {@code <stateDirectory>/<program>}, output to {@code <logDirectory>/<program>.log}.
     * The programs are found on the PATH.
     */
    public static List<ProgramSpec> of(Path siteDirectory, Path stateDirectory, Path logDirectory) {
        List<ProgramSpec> specs = new ArrayList<>();
        for (String program : PROGRAMS) {
            Path config = siteDirectory.resolve(program + ".cfg");
            if (Files.isRegularFile(config)) {
                specs.add(new ProgramSpec(program, List.of(program, "-c", config.toAbsolutePath().toString()),
                        stateDirectory.resolve(program), logDirectory.resolve(program + ".log")));
            }
        }
        return List.copyOf(specs);
    }
}
