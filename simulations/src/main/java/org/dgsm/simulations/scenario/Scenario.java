package org.dgsm.simulations.scenario;

import org.dgsm.simulations.network.LinkSpec;
import org.dgsm.simulations.network.Outage;
import org.dgsm.simulations.network.Partition;

import java.util.List;

/**
 * A validated scenario file. Times inside partitions and outages are milliseconds from the scenario's start.
 *
 * @param mirrorCentralVillage the village holding the central database of the mirror baselines
 * @param lossSweep            null when the scenario asks for no sweep
 */
public record Scenario(String name, long seed, double durationHours, double warmupMinutes,
                       List<String> villageNames, TopologySpec topology, LinkSpec linkDefaults,
                       List<LinkOverride> links, int maxHops, List<Partition> partitions, List<Outage> outages,
                       int subscribers, MobilitySpec mobility, WorkloadSpec workload, NodeTimers timers,
                       SmsRetrySpec smsRetry, int mirrorCentralVillage, List<SystemSpec> systems,
                       LossSweepSpec lossSweep) {

    public Scenario {
        villageNames = List.copyOf(villageNames);
        links = List.copyOf(links);
        partitions = List.copyOf(partitions);
        outages = List.copyOf(outages);
        systems = List.copyOf(systems);
    }

    public int villageCount() {
        return villageNames.size();
    }

    public long durationMillis() {
        return Math.round(durationHours * 3_600_000);
    }

    /**
     * The run behind one point of the loss sweep: this world cut to {@code hours}, every link at
     * {@code lossPercent} % loss and otherwise unchanged delays, but without partitions, outages and flaps, and
     * with traffic spread evenly over the day — so the point measures loss alone, with enough calls.
     */
    public Scenario forSweep(double hours, double lossPercent, List<SystemSpec> only) {
        double loss = lossPercent / 100.0;
        List<LinkOverride> sweptLinks = links.stream()
                .map(l -> new LinkOverride(l.a(), l.b(), steady(l.spec(), loss)))
                .toList();
        WorkloadSpec flat = new WorkloadSpec(workload.callsPerSubscriberPerDay(), workload.smsPerSubscriberPerDay(),
                workload.localFraction(), false);
        return new Scenario(name, seed, hours, warmupMinutes, villageNames, topology, steady(linkDefaults, loss),
                sweptLinks, maxHops, List.of(), List.of(), subscribers, mobility, flat, timers, smsRetry,
                mirrorCentralVillage, only, null);
    }

    private static LinkSpec steady(LinkSpec spec, double loss) {
        return new LinkSpec(loss, spec.delayMillis(), spec.jitterMillis(), spec.duplicate(), 0, 0);
    }
}
