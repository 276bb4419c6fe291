package org.dgsm.node.discovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VillageNamesTest {

    @Test
    void acceptsNamesWithSpacesAndAccents() {
        assertThat(VillageNames.problem("Santa María Yavesía")).isNull();
        assertThat(VillageNames.problem("x")).isNull();
    }

    @Test
    void countsTheLimitInUtf8Bytes() {
        assertThat(VillageNames.problem("a".repeat(63))).isNull();
        assertThat(VillageNames.problem("a".repeat(64))).contains("64 bytes");
        assertThat(VillageNames.problem("é".repeat(32))).contains("64 bytes");
    }

    @Test
    void refusesEmptyControlCharactersAndBrokenSurrogates() {
        assertThat(VillageNames.problem("")).contains("empty");
        assertThat(VillageNames.problem(null)).contains("empty");
        assertThat(VillageNames.problem("a\nb")).contains("U+000A");
        assertThat(VillageNames.problem("a\u0085b")).contains("U+0085");
        assertThat(VillageNames.problem("a\uD800b")).contains("surrogate");
        assertThat(VillageNames.problem("a\uDC00")).contains("surrogate");
        assertThat(VillageNames.problem("village \uD83C\uDF34")).isNull();
    }

    @Test
    void requireNamesTheProblem() {
        assertThatThrownBy(() -> VillageNames.require("tab\there")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void keyIgnoresCase() {
        assertThat(VillageNames.key("LakeSide")).isEqualTo(VillageNames.key("lakeside"));
    }
}
