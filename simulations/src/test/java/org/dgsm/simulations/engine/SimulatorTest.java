package org.dgsm.simulations.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorTest {

    @Test
    void runsActionsInTimeOrderWhateverTheSchedulingOrder() {
        Simulator sim = new Simulator(1000);
        List<String> log = new ArrayList<>();
        sim.at(1300, () -> log.add("c@" + sim.now()));
        sim.at(1100, () -> log.add("a@" + sim.now()));
        sim.at(1200, () -> log.add("b@" + sim.now()));

        sim.runUntil(2000);

        assertThat(log).containsExactly("a@1100", "b@1200", "c@1300");
        assertThat(sim.now()).isEqualTo(2000);
    }

    @Test
    void runsActionsDueAtTheSameMillisecondInSchedulingOrder() {
        Simulator sim = new Simulator(0);
        List<Integer> log = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            sim.at(10, () -> log.add(n));
        }
        sim.at(10, () -> sim.after(0, () -> log.add(100)));

        sim.runUntil(10);

        assertThat(log).hasSize(51);
        for (int i = 0; i < 50; i++) {
            assertThat(log.get(i)).isEqualTo(i);
        }
        assertThat(log.get(50)).isEqualTo(100);
    }

    @Test
    void stopsAtTheHorizonAndKeepsLaterActions() {
        Simulator sim = new Simulator(0);
        List<Long> log = new ArrayList<>();
        sim.at(5, () -> {
            log.add(sim.now());
            sim.after(10, () -> log.add(sim.now()));
        });

        sim.runUntil(10);
        assertThat(log).containsExactly(5L);
        assertThat(sim.pendingActions()).isEqualTo(1);

        sim.runUntil(20);
        assertThat(log).containsExactly(5L, 15L);
        assertThat(sim.executedActions()).isEqualTo(2);
    }

    @Test
    void rejectsSchedulingInThePast() {
        Simulator sim = new Simulator(100);
        assertThatThrownBy(() -> sim.at(99, () -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> sim.after(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.runUntil(50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void virtualClockShowsTheSimulatorTime() {
        Simulator sim = new Simulator(1_767_225_600_000L);
        VirtualClock clock = new VirtualClock(sim);
        sim.runUntil(1_767_225_601_500L);
        assertThat(clock.millis()).isEqualTo(1_767_225_601_500L);
        assertThat(clock.instant().toString()).isEqualTo("2026-01-01T00:00:01.500Z");
    }
}
