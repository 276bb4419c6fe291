package org.dgsm.node.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.config.VillageConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian packaging files in {@code packaging/debian/}: the systemd unit passes {@code systemd-analyze verify}
 * (needs the Debian package systemd; no systemd as PID 1), the maintainer scripts are valid sh, the installed default
 * config is a valid village config, and the jdeb snippet for node/pom.xml names files that exist.
 */
class DebianPackagingTest {

    private static final Path PACKAGING = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../packaging").normalize();
    private static final Path DEBIAN = PACKAGING.resolve("debian");

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Run(p.exitValue(), output.strip());
    }

    /**
     * verify needs ExecStart's program to exist, so it runs on a scratch root holding the host's units, the unit and
     * the launcher as the package installs them.
     */
    private Run verify(String unitText) throws Exception {
        Path root = dir.resolve("root");
        Path units = Files.createDirectories(root.resolve("lib/systemd/system"));
        try (Stream<Path> hostUnits = Files.list(Path.of("/lib/systemd/system"))) {
            for (Path unit : hostUnits.toList()) {
                if (Files.isRegularFile(unit)) {
                    Files.copy(unit, units.resolve(unit.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(units.resolve("dgsm.service"), unitText);
        Path bin = Files.createDirectories(root.resolve("usr/bin"));
        Files.copy(DEBIAN.resolve("dgsm"), bin.resolve("dgsm"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        return run(List.of("systemd-analyze", "--root=" + root, "verify", "/lib/systemd/system/dgsm.service"));
    }

    @Test
    void unitPassesSystemdAnalyzeVerifyWithoutAWarning() throws Exception {
        Run result = verify(Files.readString(DEBIAN.resolve("dgsm.service")));
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).isEmpty();
    }

    @Test
    void verifyAsRunHereReportsAMistakenUnit() throws Exception {
        String unit = Files.readString(DEBIAN.resolve("dgsm.service"));
        assertThat(verify(unit.replace("Restart=on-failure", "Restart=sometimes")).output())
                .contains("Failed to parse service restart specifier");
        Run noProgram = verify(unit.replace("ExecStart=/usr/bin/dgsm", "ExecStart=/usr/bin/dgsm-missing"));
        assertThat(noProgram.exit()).isNotZero();
        assertThat(noProgram.output()).contains("dgsm-missing");
    }

    @Test
    void unitRunsTheNodeWithTheInstalledConfigAsUserDgsm() throws Exception {
        List<String> lines = Files.readAllLines(DEBIAN.resolve("dgsm.service"));
        assertThat(lines).contains("ExecStart=/usr/bin/dgsm run --config /etc/dgsm/village.yaml", "User=dgsm",
                "Group=dgsm", "WorkingDirectory=/var/lib/dgsm", "WantedBy=multi-user.target");
    }

    @Test
    void launcherRunsTheInstalledJar() throws Exception {
        assertThat(Files.isExecutable(DEBIAN.resolve("dgsm"))).isTrue();
        assertThat(Files.readString(DEBIAN.resolve("dgsm"))).contains("-jar /usr/share/dgsm/dgsm.jar \"$@\"");
        assertThat(run(List.of("sh", "-n", DEBIAN.resolve("dgsm").toString())).exit()).isZero();
    }

    @Test
    void installedDefaultConfigIsAVillageConfig() throws Exception {
        NodeSettings settings = VillageConfigLoader.load(DEBIAN.resolve("village.yaml")).build();
        assertThat(settings.database()).isEqualTo(Path.of("/var/lib/dgsm/hlr.db"));
        assertThat(settings.gsupBind().getHostString()).isEqualTo("127.0.0.1");
        assertThat(settings.mslookup().networkInterface().getName()).isEqualTo("lo");
    }

    @Test
    void maintainerScriptsAreExecutableValidSh() throws Exception {
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Path file = DEBIAN.resolve("control").resolve(script);
            assertThat(Files.isExecutable(file)).as(script).isTrue();
            Run check = run(List.of("sh", "-n", file.toString()));
            assertThat(check.exit()).as(script + ": " + check.output()).isZero();
        }
        String postinst = Files.readString(DEBIAN.resolve("control/postinst"));
        assertThat(postinst).contains("adduser --system", "install -d -o dgsm -g dgsm -m 0750 /var/lib/dgsm",
                "deb-systemd-helper enable dgsm.service");
    }

    @Test
    void controlFileHasWhatDpkgNeeds() throws Exception {
        List<String> control = Files.readAllLines(DEBIAN.resolve("control/control"));
        assertThat(control).contains("Package: dgsm", "Version: [[version]]", "Architecture: all");
        assertThat(control).anyMatch(l -> l.startsWith("Maintainer: "));
        assertThat(control).anyMatch(l -> l.startsWith("Description: "));
        assertThat(control).anyMatch(l -> l.startsWith("Depends: ") && l.contains("java17-runtime-headless")
                && l.contains("adduser"));
        assertThat(Files.readAllLines(DEBIAN.resolve("control/conffiles"))).containsExactly("/etc/dgsm/village.yaml");
        try (Stream<Path> files = Files.list(DEBIAN.resolve("control"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("only control-archive files: jdeb packs all of them")
                    .allMatch(n -> List.of("control", "conffiles", "postinst", "prerm", "postrm").contains(n));
        }
    }

    @Test
    void pomSnippetNamesFilesThatExist() throws Exception {
        String snippet = Files.readString(PACKAGING.resolve("pom-snippet.xml"));
        Matcher m = Pattern.compile("\\$\\{project\\.basedir}/\\.\\./([^<]+)<").matcher(snippet);
        List<String> sources = new ArrayList<>();
        while (m.find()) {
            sources.add(m.group(1));
        }
        assertThat(sources).contains("packaging/debian/control", "packaging/debian/dgsm.service",
                "packaging/debian/dgsm", "packaging/debian/village.yaml", "site-configs", "README.md");
        for (String source : sources) {
            assertThat(PACKAGING.getParent().resolve(source)).as(source).exists();
        }
        assertThat(snippet).contains("<groupId>org.vafer</groupId>", "<artifactId>jdeb</artifactId>",
                "<version>1.14</version>");
    }

    @Test
    void readmeShowsTheSnippetVerbatim() throws Exception {
        String snippet = Files.readString(PACKAGING.resolve("pom-snippet.xml"));
        String profiles = snippet.substring(snippet.indexOf("<profiles>"), snippet.indexOf("</profiles>"));
        assertThat(Files.readString(PACKAGING.resolve("README.md"))).contains(profiles);
    }
}
