package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthAlgorithmTest {

    @Test
    void idsAreTheOnesOsmoHlrStores() {
        // hlr-auc.md §1.5
        assertThat(AuthAlgorithm.fromId(1)).contains(AuthAlgorithm.COMP128V1);
        assertThat(AuthAlgorithm.fromId(2)).contains(AuthAlgorithm.COMP128V2);
        assertThat(AuthAlgorithm.fromId(3)).contains(AuthAlgorithm.COMP128V3);
        assertThat(AuthAlgorithm.fromId(4)).contains(AuthAlgorithm.XOR_3G);
        assertThat(AuthAlgorithm.fromId(5)).contains(AuthAlgorithm.MILENAGE);
        assertThat(AuthAlgorithm.fromId(6)).contains(AuthAlgorithm.XOR_2G);
        assertThat(AuthAlgorithm.fromId(7)).contains(AuthAlgorithm.TUAK);
    }

    @Test
    void noneAndUnknownIdsHaveNoAlgorithm() {
        assertThat(AuthAlgorithm.fromId(0)).isEmpty();
        assertThat(AuthAlgorithm.fromId(8)).isEmpty();
        assertThat(AuthAlgorithm.fromId(-1)).isEmpty();
    }

    @Test
    void tablesFollowTheSpec() {
        assertThat(AuthAlgorithm.MILENAGE.isAllowedFor2g()).isFalse();
        assertThat(AuthAlgorithm.MILENAGE.isAllowedFor3g()).isTrue();
        assertThat(AuthAlgorithm.COMP128V1.isAllowedFor3g()).isFalse();
        assertThat(AuthAlgorithm.XOR_3G.isAllowedFor2g()).isTrue();
        assertThat(AuthAlgorithm.XOR_3G.isAllowedFor3g()).isTrue();
        assertThat(AuthAlgorithm.TUAK.isAllowedFor2g()).isFalse();
    }

    @Test
    void displayNamesMatchOsmoHlrVtyOutput() {
        assertThat(AuthAlgorithm.COMP128V1.displayName()).isEqualTo("COMP128v1");
        assertThat(AuthAlgorithm.MILENAGE.displayName()).isEqualTo("MILENAGE");
    }
}
