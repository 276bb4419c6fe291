package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MilenageTest {

    static Stream<AucVectors.Vector> ts35208() {
        return AucVectors.withPrefix("milenage_35208_set");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ts35208")
    void derivesOpcFromOp(AucVectors.Vector v) {
        assertThat(Milenage.opc(v.inHex("k"), v.inHex("op"))).isEqualTo(v.outHex("opc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ts35208")
    void computesAllFunctionsFromOpc(AucVectors.Vector v) {
        assertFunctions(Milenage.withOpc(v.inHex("k"), v.outHex("opc")), v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ts35208")
    void computesAllFunctionsFromOp(AucVectors.Vector v) {
        assertFunctions(Milenage.withOp(v.inHex("k"), v.inHex("op")), v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ts35208")
    void c2AndC3GiveTheDerivedGsmValues(AucVectors.Vector v) {
        assertThat(UmtsToGsm.c2(v.outHex("f2"))).isEqualTo(v.outHex("sres_c2"));
        assertThat(UmtsToGsm.c3(v.outHex("f3"), v.outHex("f4"))).isEqualTo(v.outHex("kc_c3"));
    }

    @Test
    void derivesOpcOfLibosmocoreTest() {
        AucVectors.Vector v = AucVectors.named("opc_libosmocore");
        assertThat(Milenage.opc(v.inHex("k"), v.inHex("op"))).isEqualTo(v.outHex("opc"));
    }

    @Test
    void rejectsWrongLengths() {
        byte[] k = new byte[16];
        assertThatThrownBy(() -> Milenage.withOpc(new byte[32], k)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Milenage.withOp(k, new byte[15])).isInstanceOf(IllegalArgumentException.class);
        Milenage m = Milenage.withOpc(k, k);
        assertThatThrownBy(() -> m.f1(new byte[16], new byte[5], new byte[2]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.f2345(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertFunctions(Milenage m, AucVectors.Vector v) {
        byte[] rand = v.inHex("rand");
        byte[] sqn = v.inHex("sqn");
        byte[] amf = v.inHex("amf");
        assertThat(m.f1(rand, sqn, amf)).as("f1").isEqualTo(v.outHex("f1"));
        assertThat(m.f1Star(rand, sqn, amf)).as("f1*").isEqualTo(v.outHex("f1s"));
        F2345Output out = m.f2345(rand);
        assertThat(out.res()).as("f2").isEqualTo(v.outHex("f2"));
        assertThat(out.ck()).as("f3").isEqualTo(v.outHex("f3"));
        assertThat(out.ik()).as("f4").isEqualTo(v.outHex("f4"));
        assertThat(out.ak()).as("f5").isEqualTo(v.outHex("f5"));
        assertThat(m.f5Star(rand)).as("f5*").isEqualTo(v.outHex("f5s"));
    }
}
