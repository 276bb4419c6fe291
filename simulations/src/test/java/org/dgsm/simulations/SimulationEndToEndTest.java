package org.dgsm.simulations;

import org.dgsm.simulations.metrics.CallOutcome;
import org.dgsm.simulations.metrics.SystemMetrics;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.ScenarioLoader;
import org.dgsm.simulations.scenario.SystemSpec;
import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.MobilityKind;
import org.dgsm.simulations.world.SimSubscriber;
import org.dgsm.simulations.world.WorldListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Small worlds, a few simulated hours each, with outcomes that follow from how the systems work. */
class SimulationEndToEndTest {

    /** SQLite files go where the runner puts them (/dev/shm when there is one: the store fsyncs every commit). */
    private final Path work = SimulationRunner.workRoot();

    private static Scenario scenario(String body) {
        return ScenarioLoader.parse("test.yaml", """
                name: test
                seed: 11
                warmupMinutes: 10
                villages: 4
                topology: {type: ring}
                """ + body);
    }

    private ScenarioRun.Outcome run(Scenario s, List<WorldListener> observers) {
        return ScenarioRun.run(s, s.systems(), work, observers);
    }

    private static SystemMetrics of(ScenarioRun.Outcome outcome, String system) {
        return outcome.systems().stream().filter(m -> m.system().equals(system)).findFirst().orElseThrow();
    }

    @Test
    void withoutLossEveryCallFindsTheCallee() {
        Scenario s = scenario("""
                durationHours: 3
                linkDefaults: {lossPercent: 0, delayMs: 20, jitterMs: 10}
                subscribers:
                  count: 200
                  mobility: {homeBased: {fraction: 0.3, tripsPerDay: 6, meanStayMinutes: 30}}
                workload: {callsPerSubscriberPerDay: 24, smsPerSubscriberPerDay: 0, diurnal: false}
                systems: [dgsm]
                """);
        SystemMetrics dgsm = of(run(s, List.of()), "dgsm");

        assertThat(dgsm.callsAttempted()).isGreaterThan(400);
        assertThat(dgsm.calls(CallOutcome.CONNECTED)).isEqualTo(dgsm.callsAttempted());
        assertThat(dgsm.callsByCallee(MobilityKind.HOME_BASED).attempts()).isGreaterThan(50);
        assertThat(dgsm.roamingHomeReachable().attempts()).isGreaterThan(50);
        assertThat(dgsm.roamingHomeReachable().ratio()).isEqualTo(1.0);
    }

    @Test
    void aPartitionFailsExactlyTheCallsAcrossIt() {
        Scenario s = scenario("""
                durationHours: 2
                linkDefaults: {lossPercent: 0, delayMs: 20}
                partitions:
                  - {startHour: 0, durationHours: 2, groups: [[v00, v01], [v02, v03]]}
                subscribers: {count: 120}
                workload: {callsPerSubscriberPerDay: 48, smsPerSubscriberPerDay: 0, localFraction: 0, diurnal: false}
                systems: [dgsm, mirror-10]
                """);
        CallCounter across = new CallCounter();
        ScenarioRun.Outcome outcome = run(s, List.of(across));
        SystemMetrics dgsm = of(outcome, "dgsm");
        SystemMetrics mirror = of(outcome, "mirror-10");

        assertThat(across.across).isGreaterThan(100);
        assertThat(across.within).isGreaterThan(100);
        assertThat(dgsm.calls(CallOutcome.CONNECTED)).isEqualTo(across.within);
        assertThat(dgsm.calls(CallOutcome.NOT_FOUND)).isEqualTo(across.across);
        // The mirror knows where everyone is (nobody moves) but cannot reach the other side either.
        assertThat(mirror.calls(CallOutcome.CONNECTED)).isEqualTo(across.within);
        assertThat(mirror.calls(CallOutcome.UNREACHABLE)).isEqualTo(across.across);
    }

    @Test
    void mirror30MissesEdgePhonesThatDgsmFinds() {
        Scenario s = scenario("""
                durationHours: 4
                linkDefaults: {lossPercent: 0, delayMs: 20, jitterMs: 10}
                subscribers:
                  count: 200
                  mobility: {edge: {fraction: 0.5, dwellMinutes: 5}}
                workload: {callsPerSubscriberPerDay: 24, smsPerSubscriberPerDay: 0, diurnal: false}
                systems: [dgsm, mirror-30]
                """);
        ScenarioRun.Outcome outcome = run(s, List.of());
        double dgsm = of(outcome, "dgsm").callsByCallee(MobilityKind.EDGE).ratio();
        double mirror = of(outcome, "mirror-30").callsByCallee(MobilityKind.EDGE).ratio();

        assertThat(of(outcome, "dgsm").callsByCallee(MobilityKind.EDGE).attempts()).isGreaterThan(200);
        assertThat(dgsm).isGreaterThan(0.95);
        assertThat(mirror).isLessThan(0.75);
        // Static phones are found by both.
        assertThat(of(outcome, "mirror-30").callsByCallee(MobilityKind.STATIC).ratio()).isEqualTo(1.0);
    }

    @Test
    void roamingWithTheHomeVillageDownNeedsOurCacheOrAMirror() {
        Scenario s = scenario("""
                durationHours: 5
                linkDefaults: {lossPercent: 0, delayMs: 20}
                outages:
                  - {village: v01, startHour: 2, durationHours: 2}
                subscribers:
                  count: 200
                  mobility: {commuter: {fraction: 0.6, leaveHour: 0.5, returnHour: 4.5, spreadMinutes: 10}}
                workload: {callsPerSubscriberPerDay: 0, smsPerSubscriberPerDay: 0}
                systems: [dgsm, osmohlr, mirror-30]
                """);
        ScenarioRun.Outcome outcome = run(s, List.of());
        SystemMetrics osmo = of(outcome, "osmohlr");
        SystemMetrics ours = of(outcome, "dgsm");
        SystemMetrics mirror = of(outcome, "mirror-30");

        assertThat(osmo.roamingHomeDown().attempts()).isGreaterThan(50);
        assertThat(osmo.roamingHomeDown().ratio()).isLessThan(0.1);
        assertThat(ours.roamingHomeDown().ratio()).isGreaterThan(0.9);
        assertThat(mirror.roamingHomeDown().ratio()).isEqualTo(1.0);
        assertThat(osmo.roamingHomeReachable().ratio()).isEqualTo(1.0);
        assertThat(ours.roamingHomeReachable().ratio()).isEqualTo(1.0);
    }

    @Test
    void aSystemsResultsDoNotDependOnWhichSystemsShareTheRun() {
        Scenario s = scenario("""
                durationHours: 1.5
                linkDefaults: {lossPercent: 5, delayMs: 20, jitterMs: 15, mtbfHours: 1, mttrMinutes: 5}
                subscribers:
                  count: 120
                  mobility: {edge: {fraction: 0.2}, homeBased: {fraction: 0.3, tripsPerDay: 8}}
                workload: {callsPerSubscriberPerDay: 24, smsPerSubscriberPerDay: 24, diurnal: false}
                """);
        ScenarioRun.Outcome alone = ScenarioRun.run(s, List.of(SystemSpec.parse("dgsm")), work);
        ScenarioRun.Outcome together = ScenarioRun.run(s,
                List.of(SystemSpec.parse("mirror-30"), SystemSpec.parse("dgsm")), work);

        assertThat(json(of(together, "dgsm"))).isEqualTo(json(of(alone, "dgsm")));
        assertThat(together.world()).isEqualTo(alone.world().withSimulatorActions(together.world()));
    }

    private static String json(SystemMetrics m) {
        return org.dgsm.simulations.metrics.ResultsJson.system(m).toPrettyString();
    }

    /** Counts calls whose caller and callee sit on the same or on different sides of {v00,v01} | {v02,v03}. */
    private static final class CallCounter implements WorldListener {
        long within;
        long across;

        @Override
        public void onLocationUpdate(SimSubscriber subscriber, int village, CampReason reason) {
        }

        @Override
        public void onCall(SimSubscriber caller, SimSubscriber callee) {
            if (caller.camped() / 2 == callee.camped() / 2) {
                within++;
            } else {
                across++;
            }
        }

        @Override
        public void onSms(SimSubscriber sender, SimSubscriber recipient) {
        }
    }
}
