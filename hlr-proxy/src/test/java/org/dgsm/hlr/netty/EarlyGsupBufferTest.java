package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class EarlyGsupBufferTest {

    private static final Octets A = Octets.fromHex("0801");
    private static final Octets B = Octets.fromHex("0802");
    private static final Octets C = Octets.fromHex("0803");

    @Test
    void drainsWhatWasHeldInArrivalOrder() {
        EarlyGsupBuffer buffer = new EarlyGsupBuffer(4, 5_000);
        buffer.offer(A, 100);
        buffer.offer(B, 200);
        assertThat(buffer.drain()).containsExactly(A, B);
        assertThat(buffer.size()).isZero();
        assertThat(buffer.nextExpiry()).isEmpty();
    }

    @Test
    void refusesMessagesBeyondItsCount() {
        EarlyGsupBuffer buffer = new EarlyGsupBuffer(2, 5_000);
        assertThat(buffer.offer(A, 0)).isTrue();
        assertThat(buffer.offer(B, 0)).isTrue();
        assertThat(buffer.offer(C, 0)).isFalse();
        assertThat(buffer.drain()).containsExactly(A, B);
    }

    @Test
    void aZeroLimitHoldsNothing() {
        EarlyGsupBuffer buffer = new EarlyGsupBuffer(0, 5_000);
        assertThat(buffer.offer(A, 0)).isFalse();
        assertThat(buffer.drain()).isEmpty();
    }

    @Test
    void expiresMessagesHeldForTheHoldTime() {
        EarlyGsupBuffer buffer = new EarlyGsupBuffer(4, 1_000);
        buffer.offer(A, 100);
        buffer.offer(B, 600);
        assertThat(buffer.nextExpiry()).hasValue(1_100);
        assertThat(buffer.expire(1_099)).isZero();
        assertThat(buffer.expire(1_100)).isEqualTo(1);
        assertThat(buffer.nextExpiry()).hasValue(1_600);
        assertThat(buffer.expire(5_000)).isEqualTo(1);
        assertThat(buffer.drain()).isEmpty();
    }

    @Test
    void rejectsNegativeLimits() {
        assertThatThrownBy(() -> new EarlyGsupBuffer(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyGsupBuffer(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
