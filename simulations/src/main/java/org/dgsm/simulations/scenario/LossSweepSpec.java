package org.dgsm.simulations.scenario;

import java.util.List;

/**
 * Extra runs for "call setup success vs loss": the scenario's world for {@code durationHours}, once per loss value,
 * with every link's loss set to that value.
 */
public record LossSweepSpec(List<Double> lossPercent, double durationHours, List<SystemSpec> systems) {

    public LossSweepSpec {
        lossPercent = List.copyOf(lossPercent);
        systems = List.copyOf(systems);
    }
}
