package org.dgsm.node.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The long fuzz run: {@code FuzzRun --inputs 1000000 --seed 1 [--only NAME] [--threads N]}, every target in
 * {@link FuzzTargets} in parallel, one line per target; exits 1 when any decoder crashed, printing the inputs.
 */
public final class FuzzRun {

    private FuzzRun() {
    }

    public static void main(String[] argv) throws Exception {
        RunArgs args = new RunArgs(argv);
        long inputs = args.number("inputs", 1_000_000, 1, 100_000_000);
        long seed = args.number("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        String only = args.text("only", null);
        Path scratch = Files.createTempDirectory("dgsm-fuzz");
        List<FuzzTarget> targets = FuzzTargets.all(scratch).stream()
                .filter(t -> only == null || t.name().equals(only)).toList();
        int threads = (int) args.number("threads", Math.min(targets.size(),
                Runtime.getRuntime().availableProcessors()), 1, 64);
        System.out.println("fuzz started " + Instant.now() + ": " + inputs + " inputs per target, seed " + seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<FuzzResult>> results = targets.stream()
                .map(t -> pool.submit(() -> Fuzzer.run(t, inputs, seed))).toList();
        long crashes = 0;
        for (Future<FuzzResult> f : results) {
            FuzzResult r = f.get();
            crashes += r.crashes();
            System.out.printf(Locale.ROOT, "%-16s inputs=%d accepted=%d refused=%d crashes=%d time=%.1fs%n",
                    r.target(), r.inputs(), r.accepted(), r.refused(), r.crashes(), r.elapsedMillis() / 1000.0);
            for (FuzzResult.Crash c : r.crashSamples()) {
                System.out.println("  CRASH " + c.exception() + " input=" + c.inputHex());
            }
        }
        pool.shutdown();
        System.out.println("fuzz ended " + Instant.now() + ": crashes=" + crashes);
        System.exit(crashes == 0 ? 0 : 1);
    }
}
