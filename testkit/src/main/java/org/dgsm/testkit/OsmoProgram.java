package org.dgsm.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds an Osmocom program an interop test needs; a missing one fails the test and says what to install. */
public final class OsmoProgram {

    private OsmoProgram() {
    }

    public static Path require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String dir : new String[] {"/usr/bin", "/usr/local/bin", "/usr/sbin"}) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(program + " is not installed; this interop test needs the real program:"
                + " apt-get install " + debianPackage + " (./run-tests does that when run as root)");
    }
}
