package org.dgsm.node.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The long kill -9 loop: {@code KillLoopRun --rounds 100 --classpath CP [--address 127.0.0.x] [--seed N]}. Prints one
 * line per round and a summary; exits 1 when an acknowledged record was lost, an SQN went back or was handed out
 * twice, or a database (or a power-cut copy) failed its integrity check.
 */
public final class KillLoopRun {

    private KillLoopRun() {
    }

    public static void main(String[] argv) throws Exception {
        RunArgs args = new RunArgs(argv);
        Path work = Files.createTempDirectory("dgsm-killloop");
        KillLoop.Settings settings = new KillLoop.Settings(
                args.text("classpath", System.getProperty("java.class.path")), work,
                args.text("address", "127.0.0.42"), (int) args.number("rounds", 100, 1, 10_000),
                (int) args.number("subscribers", 200, 1, 100_000), (int) args.number("callers", 4, 1, 64),
                Duration.ofMillis(args.number("min-load-millis", 1_000, 1, 600_000)),
                Duration.ofMillis(args.number("max-load-millis", 3_000, 1, 600_000)),
                args.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE), args.number("power-cut", 1, 0, 1) == 1);
        System.out.println("kill loop started " + Instant.now() + " in " + work);
        KillLoop.Report r = KillLoop.run(settings, System.out);
        System.out.printf("kill loop ended %s: kills survived %d (nodes that exited by themselves %d);"
                        + " acknowledged LU %d, SAI %d; lost %d; SQN behind %d; SQN twice %d; integrity failures %d;"
                        + " power-cut copies %d (broken %d), holding %d of %d LUs acknowledged before the copy%n",
                Instant.now(), r.kills(), r.unexpectedExits(), r.acknowledgedLocationUpdates(),
                r.acknowledgedAuthInfos(), r.lost(), r.sqnRegressions(), r.duplicateSqns(), r.integrityFailures(),
                r.copies(), r.copiesBroken(), r.copyAckedBeforePresent(), r.copyAckedBefore());
        r.problems().forEach(p -> System.out.println("  PROBLEM " + p));
        System.exit(r.clean() ? 0 : 1);
    }
}
