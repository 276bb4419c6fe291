package org.dgsm.simulations.network;

import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.engine.Simulator;

import java.util.List;
import java.util.SplittableRandom;

/** Puts partitions, outages and random flaps (exponential MTBF/MTTR per link) on the simulator's schedule. */
public final class LinkFailures {

    private static final double HOUR_MILLIS = 3_600_000.0;
    private static final double MINUTE_MILLIS = 60_000.0;

    private final Simulator simulator;
    private final VirtualNetwork network;
    private final SplittableRandom flapRandom;
    private long flaps;

    public LinkFailures(Simulator simulator, VirtualNetwork network, SplittableRandom flapRandom) {
        this.simulator = simulator;
        this.network = network;
        this.flapRandom = flapRandom;
    }

    /** Schedules everything relative to {@code originMillis} (the scenario's time 0). */
    public void schedule(long originMillis, List<Partition> partitions, List<Outage> outages) {
        for (Partition partition : partitions) {
            int[] cut = network.topology().links().stream().filter(partition::cuts).mapToInt(Link::id).toArray();
            holdDown(cut, originMillis + partition.startMillis(), partition.durationMillis());
        }
        for (Outage outage : outages) {
            holdDown(network.topology().linksOf(outage.village()), originMillis + outage.startMillis(),
                    outage.durationMillis());
        }
        for (Link link : network.topology().links()) {
            if (link.spec().flaps()) {
                scheduleNextFlap(link, originMillis);
            }
        }
    }

    /** Flaps started so far. */
    public long flaps() {
        return flaps;
    }

    private void holdDown(int[] links, long at, long duration) {
        simulator.at(at, () -> {
            for (int id : links) {
                network.takeDown(id);
            }
        });
        simulator.at(at + duration, () -> {
            for (int id : links) {
                network.bringUp(id);
            }
        });
    }

    private void scheduleNextFlap(Link link, long from) {
        long upFor = Math.max(1, Math.round(RandomStreams.exponential(flapRandom, link.spec().mtbfHours() * HOUR_MILLIS)));
        long downFor = Math.max(1, Math.round(RandomStreams.exponential(flapRandom,
                link.spec().mttrMinutes() * MINUTE_MILLIS)));
        simulator.at(from + upFor, () -> {
            flaps++;
            network.takeDown(link.id());
            simulator.after(downFor, () -> {
                network.bringUp(link.id());
                scheduleNextFlap(link, simulator.now());
            });
        });
    }
}
