package org.dgsm.node.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The long soak: {@code SoakRun --minutes 35 --sample-seconds 30 --out DIR [--address 127.0.0.x]}. Needs the
 * mslookup group routed on loopback (run it inside {@code unshare -n}, see scripts/soak). Writes DIR/soak-memory.csv
 * and prints a summary; exits 1 when memory was not bounded or an operation failed.
 */
public final class SoakRun {

    private SoakRun() {
    }

    public static void main(String[] argv) throws Exception {
        RunArgs args = new RunArgs(argv);
        Path out = Path.of(args.text("out", "soak-out"));
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("dgsm-soak");
        Soak.Settings settings = new Soak.Settings(work, args.text("address", "127.0.0.41"),
                Duration.ofMinutes(args.number("minutes", 35, 1, 360)),
                Duration.ofSeconds(args.number("sample-seconds", 30, 1, 600)),
                (int) args.number("subscribers", 500, 10, 100_000), (int) args.number("gsup-callers", 4, 1, 64),
                args.number("pause-millis", 10, 1, 10_000), out.resolve("soak-memory.csv"));
        if (settings.length().toSeconds() / settings.sampleEvery().toSeconds() < 6) {
            throw new IllegalArgumentException("a soak needs at least 6 samples: make --minutes longer or"
                    + " --sample-seconds shorter");
        }
        System.out.println("soak started " + Instant.now() + " for " + settings.length());
        Soak.Report r = Soak.run(settings, System.out);
        MemoryTrend t = r.trend();
        String summary = String.format(Locale.ROOT,
                "soak ended %s: %d s, lu=%d sai=%d mslookup=%d http=%d failures=%d;"
                        + " live heap first third max %.1f MiB, last third max %.1f MiB, slope %.3f MiB/min, %s%n",
                Instant.now(), r.samples().get(r.samples().size() - 1).elapsedSeconds(), r.locationUpdates(),
                r.authInfos(), r.mslookups(), r.httpLookups(), r.failures(), t.firstThirdMaxBytes() / 1048576.0,
                t.lastThirdMaxBytes() / 1048576.0, t.slopeBytesPerMinute() / 1048576.0,
                t.bounded() ? "BOUNDED" : "GROWING");
        System.out.print(summary);
        Files.writeString(out.resolve("soak-summary.txt"), summary);
        System.exit(t.bounded() && r.failures() == 0 ? 0 : 1);
    }
}
