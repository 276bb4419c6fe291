package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TS 35.233 test sets; output lengths are those of the expected hex. */
class TuakTest {

    static Stream<AucVectors.Vector> testSets() {
        return AucVectors.withPrefix("tuak TS 35.233");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testSets")
    void derivesTopc(AucVectors.Vector v) {
        assertThat(Tuak.topc(v.inHex("K"), v.inHex("TOP"), iterations(v))).isEqualTo(v.outHex("TOPc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testSets")
    void computesAllFunctionsFromTopc(AucVectors.Vector v) {
        assertFunctions(Tuak.withTopc(v.inHex("K"), v.outHex("TOPc"), lengths(v), iterations(v)), v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testSets")
    void computesAllFunctionsFromTop(AucVectors.Vector v) {
        assertFunctions(Tuak.withTop(v.inHex("K"), v.inHex("TOP"), lengths(v), iterations(v)), v);
    }

    @Test
    void rejectsLengthsTheSpecificationDoesNotDefine() {
        assertThatThrownBy(() -> new Tuak.Lengths(12, 8, 16, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tuak.Lengths(8, 6, 16, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tuak.Lengths(8, 8, 24, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tuak.Lengths(8, 8, 16, 8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadKeysAndIterations() {
        byte[] top = new byte[32];
        assertThatThrownBy(() -> Tuak.topc(new byte[24], top, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tuak.topc(new byte[16], new byte[16], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tuak.topc(new byte[16], top, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Tuak.withTopc(new byte[16], top, null, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertFunctions(Tuak t, AucVectors.Vector v) {
        byte[] rand = v.inHex("RAND");
        byte[] sqn = v.inHex("SQN");
        byte[] amf = v.inHex("AMF");
        assertThat(t.f1(rand, sqn, amf)).as("f1").isEqualTo(v.outHex("f1"));
        assertThat(t.f1Star(rand, sqn, amf)).as("f1*").isEqualTo(v.outHex("f1star"));
        F2345Output out = t.f2345(rand);
        assertThat(out.res()).as("f2").isEqualTo(v.outHex("f2"));
        assertThat(out.ck()).as("f3").isEqualTo(v.outHex("f3"));
        assertThat(out.ik()).as("f4").isEqualTo(v.outHex("f4"));
        assertThat(out.ak()).as("f5").isEqualTo(v.outHex("f5"));
        assertThat(t.f5Star(rand)).as("f5*").isEqualTo(v.outHex("f5star"));
    }

    private static Tuak.Lengths lengths(AucVectors.Vector v) {
        return new Tuak.Lengths(v.outHex("f1").length, v.outHex("f2").length, v.outHex("f3").length,
                v.outHex("f4").length);
    }

    private static int iterations(AucVectors.Vector v) {
        return Integer.parseInt(v.in("iter"));
    }
}
