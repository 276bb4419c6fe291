package org.dgsm.node.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The CI variant of the soak: 20 s of mixed load, memory sampled every 2 s (the long run is {@link SoakRun}). */
class SoakTest {

    @TempDir
    Path dir;

    @Test
    void twentySecondsOfMixedLoadSucceedWithBoundedMemory() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path csv = dir.resolve("memory.csv");
        Soak.Report r = Soak.run(new Soak.Settings(dir, "127.0.0.43", Duration.ofSeconds(20), Duration.ofSeconds(2),
                100, 2, 20, csv), new PrintStream(out, true, StandardCharsets.UTF_8));

        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(r.locationUpdates()).as(log).isPositive();
        assertThat(r.authInfos()).isPositive();
        assertThat(r.mslookups()).isPositive();
        assertThat(r.httpLookups()).isPositive();
        assertThat(r.failures()).as(log).isZero();
        assertThat(r.samples()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Files.readAllLines(csv)).hasSize(r.samples().size() + 1);
        // generous: a 20 s run only shows a gross leak; the 30-minute run is the real measure
        assertThat(r.trend().lastThirdMaxBytes()).as(log).isLessThan(2 * r.trend().firstThirdMaxBytes() + (16L << 20));
    }
}
