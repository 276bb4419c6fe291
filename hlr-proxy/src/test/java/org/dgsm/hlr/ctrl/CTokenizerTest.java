package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CTokenizerTest {

    @Test
    void skipsLeadingDelimitersAndEatsOneAfterTheToken() {
        CTokenizer t = new CTokenizer(",,a,,b");
        assertThat(t.next(",")).isEqualTo("a");
        assertThat(t.remaining()).isEqualTo(",b");
        assertThat(t.next(",")).isEqualTo("b");
        assertThat(t.next(",")).isNull();
    }

    @Test
    void restReturnsTheUnreadTailOrNullWhenNothingIsLeft() {
        CTokenizer t = new CTokenizer("x, y,z");
        assertThat(t.next(",")).isEqualTo("x");
        assertThat(t.rest()).isEqualTo(" y,z");
        assertThat(t.rest()).isNull();
    }

    @Test
    void onlyDelimitersGiveNull() {
        assertThat(new CTokenizer("   ").next(" ")).isNull();
        assertThat(new CTokenizer("").rest()).isNull();
    }

    @Test
    void anyOfSeveralDelimitersEndsAToken() {
        CTokenizer t = new CTokenizer("a\nb c");
        assertThat(t.next(" \n")).isEqualTo("a");
        assertThat(t.next(" \n")).isEqualTo("b");
        assertThat(t.next(" \n")).isEqualTo("c");
    }
}
