package org.dgsm.simulations;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SimulationRunner#run} produced.
 *
 * @param resultsJson the {@code results.json} written (deterministic for a scenario and seed)
 * @param plots       the PNG plots written
 * @param wallMillis  how long the run took on this machine (not in results.json, which must not vary)
 */
public record SimulationResult(String scenario, Path resultsJson, List<Path> plots, long wallMillis) {

    public SimulationResult {
        plots = List.copyOf(plots);
    }
}
