package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartScheduleTest {

    private static final SupervisionPolicy POLICY = new SupervisionPolicy(Duration.ofSeconds(1),
            Duration.ofSeconds(8), Duration.ofSeconds(60), Duration.ofSeconds(5), 1 << 20);

    private final RestartSchedule schedule = new RestartSchedule("osmo-msc", POLICY);

    @Test
    void startsAtOnceWhenNew() {
        assertThat(schedule.state()).isEqualTo(ProgramState.NEW);
        assertThat(schedule.startDue(0)).isTrue();
        schedule.started(100, 0);
        assertThat(schedule.startDue(0)).isFalse();
        ProgramStatus s = schedule.status();
        assertThat(s.state()).isEqualTo(ProgramState.RUNNING);
        assertThat(s.pid()).isEqualTo(100);
        assertThat(s.restarts()).isZero();
        assertThat(s.startedAt()).isEqualTo(Instant.ofEpochMilli(0));
    }

    @Test
    void waitDoublesWithEveryFailureInARowUpToTheMaximum() {
        long now = 0;
        long[] expectedWaits = {1_000, 2_000, 4_000, 8_000, 8_000};
        schedule.started(1, now);
        for (long wait : expectedWaits) {
            now += 500;
            long next = schedule.exited(1, now);
            assertThat(next - now).isEqualTo(wait);
            assertThat(schedule.startDue(next - 1)).isFalse();
            assertThat(schedule.startDue(next)).isTrue();
            now = next;
            schedule.started(2, now);
        }
        assertThat(schedule.status().restarts()).isEqualTo(expectedWaits.length);
    }

    @Test
    void aStableRunResetsTheWait() {
        schedule.started(1, 0);
        long next = schedule.exited(1, 10);
        schedule.started(2, next);
        next = schedule.exited(1, next + 10);
        schedule.started(3, next);
        assertThat(schedule.exited(1, next + 60_000) - (next + 60_000)).isEqualTo(1_000);
    }

    @Test
    void failedStartsCountAsFailuresAndAreReported() {
        long next = schedule.startFailed("Cannot run program \"osmo-msc\": error=2", 0);
        assertThat(next).isEqualTo(1_000);
        assertThat(schedule.startFailed("again", next)).isEqualTo(next + 2_000);
        ProgramStatus s = schedule.status();
        assertThat(s.state()).isEqualTo(ProgramState.WAITING_TO_RESTART);
        assertThat(s.lastError()).isEqualTo("again");
        assertThat(s.nextStartAt()).isEqualTo(Instant.ofEpochMilli(3_000));
        schedule.started(5, 3_000);
        assertThat(schedule.status().lastError()).isNull();
        assertThat(schedule.status().restarts()).isZero();
    }

    @Test
    void exitIsReportedWithCodeAndTime() {
        schedule.started(1, 0);
        schedule.exited(9, 1_234);
        ProgramStatus s = schedule.status();
        assertThat(s.lastExitCode()).isEqualTo(9);
        assertThat(s.lastExitAt()).isEqualTo(Instant.ofEpochMilli(1_234));
        assertThat(s.pid()).isEqualTo(-1);
    }

    @Test
    void afterAStopRequestNothingStartsAgain() {
        schedule.started(1, 0);
        schedule.stopRequested();
        assertThat(schedule.exited(143, 100)).isEqualTo(-1);
        assertThat(schedule.startDue(1_000_000)).isFalse();
        assertThat(schedule.startFailed("x", 5)).isEqualTo(-1);
        ProgramStatus s = schedule.status();
        assertThat(s.state()).isEqualTo(ProgramState.STOPPED);
        assertThat(s.lastExitCode()).isEqualTo(143);
        assertThat(s.nextStartAt()).isNull();
        assertThatThrownBy(() -> schedule.started(2, 200)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void policyRefusesNonsense() {
        assertThatThrownBy(() -> new SupervisionPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new SupervisionPolicy(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).hasMessageContaining("initialDelay");
    }
}
