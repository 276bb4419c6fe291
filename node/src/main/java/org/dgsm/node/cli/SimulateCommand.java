package org.dgsm.node.cli;

import org.dgsm.simulations.scenario.ScenarioException;
import org.dgsm.simulations.SimulationResult;
import org.dgsm.simulations.SimulationRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `dgsm simulate SCENARIO --out DIR`: many villages over flaky links, on a virtual clock, with plots. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = {"Run a scenario (simulations/scenarios/*.yaml) of villages, links, phones, calls and SMS on a"
                + " virtual clock with the production protocol cores; writes results.json and PNG plots to --out.",
                "The same scenario (and seed) gives the same results.json."})
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file.")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where results and plots go.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(scenario)) {
            err.println("ERROR: no scenario file at " + scenario);
            return 1;
        }
        SimulationResult result;
        try {
            result = SimulationRunner.run(scenario, out);
        } catch (ScenarioException e) {
            err.println("ERROR: " + e.getMessage());
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("results: " + result.resultsJson());
        result.plots().forEach(p -> o.println("plot:    " + p));
        o.printf("wall time: %.1f s%n", result.wallMillis() / 1000.0);
        o.flush();
        return 0;
    }
}
