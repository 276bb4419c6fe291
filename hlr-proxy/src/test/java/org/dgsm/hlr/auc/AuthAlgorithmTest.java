package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuthAlgorithmTest {

    @Test
    void dbIdsAreThoseOfOsmoHlr() {
        assertThat(Arrays.stream(AuthAlgorithm.values()).mapToInt(AuthAlgorithm::dbId))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(AuthAlgorithm.fromDbId(5)).hasValue(AuthAlgorithm.MILENAGE);
        assertThat(AuthAlgorithm.fromDbId(4)).hasValue(AuthAlgorithm.XOR_3G);
        assertThat(AuthAlgorithm.fromDbId(6)).hasValue(AuthAlgorithm.XOR_2G);
        assertThat(AuthAlgorithm.fromDbId(8)).isEmpty();
        assertThat(AuthAlgorithm.fromDbId(-1)).isEmpty();
    }

    @Test
    void rolesFollowTheTablesTheAlgorithmsMayAppearIn() {
        assertThat(Arrays.stream(AuthAlgorithm.values()).filter(AuthAlgorithm::usableFor2g)).containsExactly(
                AuthAlgorithm.COMP128V1, AuthAlgorithm.COMP128V2, AuthAlgorithm.COMP128V3, AuthAlgorithm.XOR_3G,
                AuthAlgorithm.XOR_2G);
        assertThat(Arrays.stream(AuthAlgorithm.values()).filter(AuthAlgorithm::usableFor3g))
                .containsExactly(AuthAlgorithm.XOR_3G, AuthAlgorithm.MILENAGE, AuthAlgorithm.TUAK);
    }

    @Test
    void looksUpNamesCaseInsensitively() {
        assertThat(AuthAlgorithm.fromName("comp128v1")).hasValue(AuthAlgorithm.COMP128V1);
        assertThat(AuthAlgorithm.fromName("MILENAGE")).hasValue(AuthAlgorithm.MILENAGE);
        assertThat(AuthAlgorithm.fromName("xor")).hasValue(AuthAlgorithm.XOR_3G);
        assertThat(AuthAlgorithm.fromName("XOR-2G")).hasValue(AuthAlgorithm.XOR_2G);
        assertThat(AuthAlgorithm.fromName("xor_3g")).hasValue(AuthAlgorithm.XOR_3G);
        assertThat(AuthAlgorithm.fromName(" tuak ")).hasValue(AuthAlgorithm.TUAK);
        assertThat(AuthAlgorithm.fromName("a5/1")).isEmpty();
        assertThat(AuthAlgorithm.fromName(null)).isEmpty();
        assertThat(AuthAlgorithm.COMP128V1).hasToString("COMP128v1");
    }
}
