package org.dgsm.node.reliability;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FaultCheckTest {

    private static final String IMSI = "901700000000001";

    private static StoredState stored(String vlr, String lastLu, Long sqn) {
        return new StoredState("ok", Map.of(IMSI, new StoredState.Row(vlr, lastLu, sqn, 5)));
    }

    @Test
    void acknowledgedLocationUpdateMissingFromTheDatabaseIsLost() {
        AckLog log = new AckLog();
        log.sent(IMSI, "r0-1");
        log.locationUpdateAcked(IMSI, "r0-1");

        FaultCheck check = FaultCheck.of(stored(null, null, null), log);

        assertThat(check.lostLocationUpdates()).isEqualTo(1);
        assertThat(check.clean()).isFalse();
    }

    @Test
    void olderVlrThanTheAcknowledgedOneIsLost() {
        AckLog log = new AckLog();
        log.sent(IMSI, "r0-1");
        log.locationUpdateAcked(IMSI, "r0-1");
        log.sent(IMSI, "r1-1");
        log.locationUpdateAcked(IMSI, "r1-1");

        assertThat(FaultCheck.of(stored("r0-1", "2026-11-26 02:00:00", null), log).lostLocationUpdates())
                .isEqualTo(1);
        assertThat(FaultCheck.of(stored("r1-1", "2026-11-26 02:00:00", null), log).clean()).isTrue();
    }

    @Test
    void requestCommittedButNotAnsweredBeforeTheKillIsNoLoss() {
        AckLog log = new AckLog();
        log.sent(IMSI, "r0-1");
        log.locationUpdateAcked(IMSI, "r0-1");
        log.sent(IMSI, "r1-1");

        assertThat(FaultCheck.of(stored("r1-1", "2026-11-26 02:00:00", null), log).clean()).isTrue();
        assertThat(FaultCheck.of(stored("r0-1", "2026-11-26 02:00:00", null), log).clean()).isTrue();
        assertThat(FaultCheck.of(stored("r9-9", "2026-11-26 02:00:00", null), log).lostLocationUpdates())
                .isEqualTo(1);
    }

    @Test
    void storedSqnBehindOneHandedOutIsARegression() {
        AckLog log = new AckLog();
        log.sqnAcked(IMSI, (7L << 5) | 3);

        assertThat(FaultCheck.of(stored(null, null, (6L << 5) | 31), log).sqnRegressions()).isEqualTo(1);
        assertThat(FaultCheck.of(stored(null, null, (7L << 5) | 1), log).sqnRegressions()).isZero();
    }

    @Test
    void sameSqnAcknowledgedTwiceIsCounted() {
        AckLog log = new AckLog();
        log.sqnAcked(IMSI, 64);
        log.sqnAcked(IMSI, 96);
        log.sqnAcked(IMSI, 64);

        assertThat(log.duplicateSqns()).isEqualTo(1);
    }

    @Test
    void failedIntegrityCheckIsNotClean() {
        FaultCheck check = FaultCheck.of(new StoredState("*** in database main ***", Map.of()), new AckLog());

        assertThat(check.integrityOk()).isFalse();
        assertThat(check.clean()).isFalse();
    }
}
