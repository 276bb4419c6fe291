package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Comp128Test {

    static Stream<AucVectors.Vector> comp128v1() {
        return AucVectors.withPrefix("comp128v1_");
    }

    static Stream<AucVectors.Vector> comp128v2() {
        return AucVectors.withPrefix("comp128v2_");
    }

    static Stream<AucVectors.Vector> comp128v3() {
        return AucVectors.withPrefix("comp128v3_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comp128v1")
    void comp128v1MatchesVector(AucVectors.Vector v) {
        assertOutput(Comp128v1.compute(v.inHex("ki"), v.inHex("rand")), v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comp128v2")
    void comp128v2MatchesVector(AucVectors.Vector v) {
        assertOutput(Comp128v2.compute(v.inHex("ki"), v.inHex("rand")), v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comp128v3")
    void comp128v3MatchesVector(AucVectors.Vector v) {
        assertOutput(Comp128v3.compute(v.inHex("ki"), v.inHex("rand")), v);
    }

    @Test
    void tablesHaveTheirPublishedShape() {
        int[] sizes = {512, 256, 128, 64, 32};
        for (int level = 0; level < 5; level++) {
            int[] table = Comp128Tables.V1[level];
            assertThat(table).as("v1 table %d", level).hasSize(sizes[level]);
            int limit = 256 >> level;
            assertThat(Arrays.stream(table).allMatch(x -> x >= 0 && x < limit)).as("v1 table %d range", level).isTrue();
        }
        assertThat(Comp128Tables.V23_OUTER).hasSize(256).doesNotHaveDuplicates();
        assertThat(Comp128Tables.V23_INNER).hasSize(256).doesNotHaveDuplicates();
    }

    @Test
    void rejectsWrongInputLengths() {
        byte[] sixteen = new byte[16];
        assertThatThrownBy(() -> Comp128v1.compute(new byte[15], sixteen)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comp128v3.compute(sixteen, new byte[17])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comp128v2.compute(null, sixteen)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertOutput(A3A8Output out, AucVectors.Vector v) {
        assertThat(out.sres()).as("SRES").isEqualTo(v.outHex("sres"));
        assertThat(out.kc()).as("Kc").isEqualTo(v.outHex("kc"));
    }
}
