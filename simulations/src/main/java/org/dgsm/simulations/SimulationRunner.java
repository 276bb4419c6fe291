package org.dgsm.simulations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.simulations.metrics.ResultsJson;
import org.dgsm.simulations.metrics.SystemMetrics;
import org.dgsm.simulations.plot.Plots;
import org.dgsm.simulations.scenario.LossSweepSpec;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.ScenarioException;
import org.dgsm.simulations.scenario.ScenarioLoader;
import org.dgsm.simulations.scenario.SystemSpec;
import org.dgsm.simulations.world.MobilityKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Entry point of {@code dgsm simulate SCENARIO --out DIR}: loads the scenario, runs the world with every system
 * (each D-GSM variant in its own run, the mirror baselines together in another, all on the same world), runs the
 * loss sweep, and writes {@code results.json} and the plots. Runs go to a thread pool as wide as the machine;
 * results do not depend on it.
 */
public final class SimulationRunner {

    /** Folder for the villages' SQLite files; defaults to /dev/shm when it exists (fsync costs nothing there). */
    public static final String WORK_DIR_PROPERTY = "dgsm.simulate.workdir";

    private SimulationRunner() {
    }

    /**
     * Runs {@code scenarioFile} and writes its outputs into {@code outDir} (created if missing).
     *
     * @throws ScenarioException for an invalid scenario, naming the key
     */
    public static SimulationResult run(Path scenarioFile, Path outDir) {
        return run(scenarioFile, outDir, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #run(Path, Path)} with at most {@code threads} runs at once. */
    public static SimulationResult run(Path scenarioFile, Path outDir, int threads) {
        long started = System.nanoTime();
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        Path workRoot = workRoot();
        List<Supplier<ScenarioRun.Outcome>> jobs = new ArrayList<>();
        List<SystemSpec> mirrors = scenario.systems().stream().filter(s -> !s.isDgsm()).toList();
        for (SystemSpec spec : scenario.systems()) {
            if (spec.isDgsm()) {
                jobs.add(() -> ScenarioRun.run(scenario, List.of(spec), workRoot));
            }
        }
        if (!mirrors.isEmpty()) {
            jobs.add(() -> ScenarioRun.run(scenario, mirrors, workRoot));
        }
        int mainJobs = jobs.size();
        LossSweepSpec sweep = scenario.lossSweep();
        if (sweep != null) {
            for (double loss : sweep.lossPercent()) {
                Scenario swept = scenario.forSweep(sweep.durationHours(), loss, sweep.systems());
                jobs.add(() -> ScenarioRun.run(swept, swept.systems(), workRoot));
            }
        }
        List<ScenarioRun.Outcome> outcomes = runAll(jobs, threads);

        Map<String, SystemMetrics> bySystem = new LinkedHashMap<>();
        for (ScenarioRun.Outcome outcome : outcomes.subList(0, mainJobs)) {
            for (SystemMetrics m : outcome.systems()) {
                bySystem.put(m.system(), m);
            }
        }
        List<SystemMetrics> main = scenario.systems().stream().map(s -> bySystem.get(s.name())).toList();
        ObjectNode results = ResultsJson.object();
        describe(results.putObject("scenario"), scenario);
        world(results.putObject("world"), outcomes.get(0).world());
        ObjectNode systems = results.putObject("systems");
        for (SystemMetrics m : main) {
            systems.set(m.system(), ResultsJson.system(m));
        }
        Map<String, List<Double>> sweepSuccess = new LinkedHashMap<>();
        if (sweep != null) {
            ObjectNode sweepNode = results.putObject("lossSweep");
            sweepNode.put("durationHours", sweep.durationHours());
            ArrayNode points = sweepNode.putArray("points");
            for (SystemSpec spec : sweep.systems()) {
                sweepSuccess.put(spec.name(), new ArrayList<>());
            }
            for (int i = 0; i < sweep.lossPercent().size(); i++) {
                ObjectNode point = points.addObject();
                point.put("lossPercent", sweep.lossPercent().get(i));
                ObjectNode perSystem = point.putObject("systems");
                for (SystemMetrics m : outcomes.get(mainJobs + i).systems()) {
                    ObjectNode s = perSystem.putObject(m.system());
                    s.put("callsAttempted", m.callsAttempted());
                    putRatio(s, "callSuccessRatio", m.callSuccessRatio());
                    s.put("callLookupP50Ms", m.callLookupMillis().percentile(50));
                    s.put("callLookupP99Ms", m.callLookupMillis().percentile(99));
                    putRatio(s, "smsDeliveredRatio", m.smsSubmitted() == 0 ? Double.NaN
                            : (double) m.smsDelivered() / m.smsSubmitted());
                    s.put("smsDelayP50Ms", m.smsDeliveryMillis().percentile(50));
                    s.put("smsDelayP90Ms", m.smsDeliveryMillis().percentile(90));
                    sweepSuccess.get(m.system()).add(m.callSuccessRatio());
                }
            }
        }

        try {
            Files.createDirectories(outDir);
            Path json = outDir.resolve("results.json");
            Files.writeString(json, ResultsJson.mapper().writeValueAsString(results) + "\n");
            List<Path> plots = new ArrayList<>();
            String name = scenario.name();
            if (sweep != null) {
                plots.add(Plots.callSuccessVsLoss(outDir, sweep.systems().stream().map(SystemSpec::name).toList(),
                        sweep.lossPercent(), sweepSuccess, name + ": call setup success vs packet loss ("
                                + trim(sweep.durationHours()) + " h per point)"));
            }
            plots.add(Plots.lookupLatencyCdf(outDir, main, name + ": call lookup latency"));
            plots.add(Plots.smsDelayCdf(outDir, main, name + ": SMS delivery delay"));
            plots.add(Plots.roamingHomeDown(outDir, main, name + ": roaming location updates, home up vs down"));
            plots.add(Plots.callSuccessByMobility(outDir, main, name + ": call setup success by callee"));
            plots.add(Plots.callSuccessByHour(outDir, main, name + ": call setup success per hour"));
            return new SimulationResult(name, json, plots, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + outDir, e);
        }
    }

    private static List<ScenarioRun.Outcome> runAll(List<Supplier<ScenarioRun.Outcome>> jobs, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())), r -> {
            Thread t = new Thread(r, "simulation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ScenarioRun.Outcome>> futures = new ArrayList<>();
            for (Supplier<ScenarioRun.Outcome> job : jobs) {
                futures.add(pool.submit(job::get));
            }
            List<ScenarioRun.Outcome> outcomes = new ArrayList<>();
            for (Future<ScenarioRun.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a simulation run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void describe(ObjectNode node, Scenario scenario) {
        node.put("name", scenario.name());
        node.put("seed", scenario.seed());
        node.put("durationHours", scenario.durationHours());
        node.put("warmupMinutes", scenario.warmupMinutes());
        node.put("villages", scenario.villageCount());
        node.put("topology", scenario.topology().type());
        node.put("subscribers", scenario.subscribers());
        node.put("linkLossPercent", scenario.linkDefaults().loss() * 100);
        node.put("partitions", scenario.partitions().size());
        node.put("outages", scenario.outages().size());
        ArrayNode systems = node.putArray("systems");
        scenario.systems().forEach(s -> systems.add(s.name()));
    }

    private static void world(ObjectNode node, ScenarioRun.WorldFacts facts) {
        node.put("links", facts.links());
        node.put("moves", facts.moves());
        node.put("periodicLocationUpdates", facts.periodicUpdates());
        node.put("calls", facts.calls());
        node.put("sms", facts.sms());
        node.put("linkFlaps", facts.linkFlaps());
        ObjectNode mobility = node.putObject("subscribersByMobility");
        for (MobilityKind kind : MobilityKind.values()) {
            mobility.put(kind.key(), facts.mobility().get(kind));
        }
    }

    private static void putRatio(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, ResultsJson.round(value));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static Path workRoot() {
        String configured = System.getProperty(WORK_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return shm;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** {@code SimulationRunner SCENARIO --out DIR}: runs and prints where the results went and the wall time. */
    public static void main(String[] args) {
        if (args.length != 3 || !"--out".equals(args[1])) {
            System.err.println("usage: SimulationRunner SCENARIO.yaml --out DIR");
            System.exit(2);
        }
        try {
            SimulationResult result = run(Path.of(args[0]), Path.of(args[2]));
            System.out.println("results: " + result.resultsJson());
            result.plots().forEach(p -> System.out.println("plot:    " + p));
            System.out.printf("wall time: %.1f s%n", result.wallMillis() / 1000.0);
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
