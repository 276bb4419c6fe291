package org.dgsm.simulations;

import org.dgsm.simulations.dgsm.DgsmSystem;
import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.metrics.SystemMetrics;
import org.dgsm.simulations.mirror.MirrorSystem;
import org.dgsm.simulations.network.LinkFailures;
import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.network.UnicastTransport;
import org.dgsm.simulations.network.VirtualNetwork;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.SystemSpec;
import org.dgsm.simulations.scenario.TopologyFactory;
import org.dgsm.simulations.service.SystemHarness;
import org.dgsm.simulations.system.CellularSystem;
import org.dgsm.simulations.world.MobilityKind;
import org.dgsm.simulations.world.Population;
import org.dgsm.simulations.world.SimSubscriber;
import org.dgsm.simulations.world.World;
import org.dgsm.simulations.world.WorldListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulation: the scenario's world (graph, link failures, phones, traffic) and the listed systems living in it
 * side by side on one virtual clock. Systems never influence the world or each other, so a system's results do not
 * depend on which other systems share the run — runs can be split across threads freely.
 */
public final class ScenarioRun {

    /** Virtual time 0 of every scenario: 2026-01-01T00:00:00Z (HLR timestamps look like real dates). */
    public static final long EPOCH_MILLIS = 1_767_225_600_000L;

    private ScenarioRun() {
    }

    /** What one run measured: per-system metrics (in the order asked) and facts about the world. */
    public record Outcome(List<SystemMetrics> systems, WorldFacts world) {
    }

    /** The world as it happened (identical for every run of the same scenario and duration). */
    public record WorldFacts(int links, long moves, long periodicUpdates, long calls, long sms, long linkFlaps,
                             Map<MobilityKind, Integer> mobility, long simulatorActions) {

        /** These facts with the action count of {@code other} (which depends on the systems simulated). */
        public WorldFacts withSimulatorActions(WorldFacts other) {
            return new WorldFacts(links, moves, periodicUpdates, calls, sms, linkFlaps, mobility,
                    other.simulatorActions);
        }
    }

    /**
     * @param workRoot folder under which D-GSM systems keep their SQLite files during the run
     */
    public static Outcome run(Scenario scenario, List<SystemSpec> systems, Path workRoot) {
        return run(scenario, systems, workRoot, List.of());
    }

    /**
     * As {@link #run(Scenario, List, Path)}, with {@code observers} hearing every world event after the systems
     * (tests use this to know the ground truth of each call).
     */
    public static Outcome run(Scenario scenario, List<SystemSpec> systems, Path workRoot,
                              List<WorldListener> observers) {
        RandomStreams streams = new RandomStreams(scenario.seed());
        Simulator simulator = new Simulator(EPOCH_MILLIS);
        Topology topology = TopologyFactory.build(scenario, streams.stream("world.topology"));
        VirtualNetwork network = new VirtualNetwork(topology);
        Population population = Population.create(scenario.subscribers(), topology, scenario.mobility(),
                streams.stream("world.population"));
        LinkFailures failures = new LinkFailures(simulator, network, streams.stream("world.flaps"));
        failures.schedule(EPOCH_MILLIS, scenario.partitions(), scenario.outages());

        int hours = (int) Math.ceil(scenario.durationHours());
        List<SystemHarness> harnesses = new ArrayList<>();
        try {
            for (SystemSpec spec : systems) {
                CellularSystem system = create(spec, scenario, simulator, network, population, streams, workRoot);
                harnesses.add(new SystemHarness(system, simulator,
                        new UnicastTransport(network, streams.stream(spec.name() + ".services")),
                        scenario.smsRetry(), streams.stream(spec.name() + ".sms-retry"),
                        new SystemMetrics(spec.name(), hours)));
            }
            List<WorldListener> listeners = new ArrayList<>(harnesses);
            listeners.addAll(observers);
            World world = new World(scenario, simulator, topology, population, streams, listeners);
            for (SystemHarness harness : harnesses) {
                harness.system().start();
            }
            world.start();
            simulator.runUntil(EPOCH_MILLIS + scenario.durationMillis());

            List<SystemMetrics> metrics = new ArrayList<>();
            for (SystemHarness harness : harnesses) {
                harness.system().counters().forEach(harness.metrics()::counter);
                metrics.add(harness.metrics());
            }
            Map<MobilityKind, Integer> mobility = new EnumMap<>(MobilityKind.class);
            for (MobilityKind kind : MobilityKind.values()) {
                mobility.put(kind, 0);
            }
            for (SimSubscriber s : population.all()) {
                mobility.merge(s.mobility(), 1, Integer::sum);
            }
            WorldFacts facts = new WorldFacts(topology.links().size(), world.moves(), world.periodicUpdates(),
                    world.calls(), world.sms(), failures.flaps(), new LinkedHashMap<>(mobility),
                    simulator.executedActions());
            return new Outcome(metrics, facts);
        } finally {
            RuntimeException failure = null;
            for (SystemHarness harness : harnesses) {
                try {
                    harness.system().close();
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static CellularSystem create(SystemSpec spec, Scenario scenario, Simulator simulator,
                                         VirtualNetwork network, Population population, RandomStreams streams,
                                         Path workRoot) {
        if (spec.isDgsm()) {
            Path dir;
            try {
                Files.createDirectories(workRoot);
                dir = Files.createTempDirectory(workRoot, "dgsm-sim-" + spec.name() + "-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a work folder under " + workRoot, e);
            }
            return new DgsmSystem(spec, scenario, simulator, network, population, streams, dir);
        }
        return new MirrorSystem(spec.name(), spec.mirrorSyncMinutes(), scenario.mirrorCentralVillage(), simulator,
                network, population, streams.stream(spec.name() + ".sync"));
    }
}
