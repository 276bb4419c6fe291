package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Xor2gTest {

    static Stream<AucVectors.Vector> vectors() {
        return AucVectors.withPrefix("xor2g_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesVector(AucVectors.Vector v) {
        A3A8Output out = Xor2g.compute(v.inHex("ki"), v.inHex("rand"));
        assertThat(out.sres()).isEqualTo(v.outHex("sres"));
        assertThat(out.kc()).isEqualTo(v.outHex("kc"));
    }
}
