package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityAcceptanceTest {

    @Test
    void anIdAckAfterOurIdentityAcceptsIt() {
        IdentityAcceptance acceptance = new IdentityAcceptance(500);
        acceptance.identitySent(1_000);
        assertThat(acceptance.isAccepted()).isFalse();
        assertThat(acceptance.idAckReceived()).isTrue();
        assertThat(acceptance.isAccepted()).isTrue();
        assertThat(acceptance.deadline()).isEmpty();
        assertThat(acceptance.idAckReceived()).as("only the first counts").isFalse();
    }

    @Test
    void anIdAckBeforeOurIdentityMeansNothing() {
        IdentityAcceptance acceptance = new IdentityAcceptance(500);
        assertThat(acceptance.idAckReceived()).isFalse();
        assertThat(acceptance.isAccepted()).isFalse();
    }

    @Test
    void withoutIdAckTheGracePeriodAcceptsIt() {
        IdentityAcceptance acceptance = new IdentityAcceptance(500);
        acceptance.identitySent(1_000);
        assertThat(acceptance.deadline()).hasValue(1_500);
        assertThat(acceptance.onTimer(1_499)).isFalse();
        assertThat(acceptance.onTimer(1_500)).isTrue();
        assertThat(acceptance.isAccepted()).isTrue();
        assertThat(acceptance.onTimer(2_000)).isFalse();
    }

    @Test
    void theTimerDoesNothingBeforeOurIdentityWentOut() {
        IdentityAcceptance acceptance = new IdentityAcceptance(0);
        assertThat(acceptance.deadline()).isEmpty();
        assertThat(acceptance.onTimer(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void aRepeatedIdentityKeepsTheFirstDeadline() {
        IdentityAcceptance acceptance = new IdentityAcceptance(500);
        acceptance.identitySent(1_000);
        acceptance.identitySent(1_400);
        assertThat(acceptance.deadline()).hasValue(1_500);
    }
}
