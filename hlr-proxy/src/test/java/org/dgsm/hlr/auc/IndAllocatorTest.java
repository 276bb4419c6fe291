package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IndAllocatorTest {

    @Test
    void firstVlrGetsOneAndLaterVlrsTheNextSlots() {
        InMemoryIndAllocator inds = new InMemoryIndAllocator();
        assertThat(inds.indFor("msc-A1")).hasValue(1);
        assertThat(inds.indFor("msc-B1")).hasValue(2);
        assertThat(inds.indFor("msc-A1")).hasValue(1);
        assertThat(inds.indFor("msc-A2")).hasValue(3);
        assertThat(inds.slots()).isEqualTo(Map.of("msc-A1", 1, "msc-B1", 2, "msc-A2", 3));
    }

    @Test
    void continuesAfterTheLargestExistingSlot() {
        InMemoryIndAllocator inds = new InMemoryIndAllocator(Map.of("msc-A1", 1, "msc-Z", 7));
        assertThat(inds.indFor("msc-Z")).hasValue(7);
        assertThat(inds.indFor("msc-new")).hasValue(8);
        assertThatThrownBy(() -> new InMemoryIndAllocator(Map.of("x", 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourceNameMustBeNulTerminated() {
        assertThat(IndAllocator.vlrName(bytes("msc-A1\0"))).hasValue("msc-A1");
        assertThat(IndAllocator.vlrName(bytes("msc-A1"))).isEmpty();
        assertThat(IndAllocator.vlrName(bytes("\0"))).isEmpty();
        assertThat(IndAllocator.vlrName(new byte[0])).isEmpty();
        assertThat(IndAllocator.vlrName(null)).isEmpty();
    }

    @Test
    void vlrNameEndsAtTheFirstNul() {
        assertThat(IndAllocator.vlrName(bytes("ab\0cd\0"))).hasValue("ab");
    }

    @Test
    void sourceNameWithoutNulGetsIndZero() {
        InMemoryIndAllocator inds = new InMemoryIndAllocator();
        assertThat(inds.indForSourceName(bytes("msc-A1"))).isZero();
        assertThat(inds.slots()).isEmpty();
        assertThat(inds.indForSourceName(bytes("msc-A1\0"))).isEqualTo(1);
    }

    @Test
    void unavailableSlotGivesIndZero() {
        IndAllocator failing = name -> OptionalInt.empty();
        assertThat(failing.indForSourceName(bytes("msc-A1\0"))).isZero();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
