package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class UmtsToGsmTest {

    @Test
    void derivesSresAndKcOfTheExampleVector() {
        AucVectors.Vector v = AucVectors.named("c2c3_example");
        assertThat(UmtsToGsm.c2(v.inHex("res"))).isEqualTo(v.outHex("sres"));
        assertThat(UmtsToGsm.c3(v.inHex("ck"), v.inHex("ik"))).isEqualTo(v.outHex("kc"));
    }

    @Test
    void c2PadsAShortResWithZeros() {
        byte[] res = HexFormat.of().parseHex("0102030405");
        byte[] padded = HexFormat.of().parseHex("01020304050000000000000000000000");
        assertThat(UmtsToGsm.c2(res)).isEqualTo(UmtsToGsm.c2(padded)).isEqualTo(HexFormat.of().parseHex("04020304"));
    }

    @Test
    void c2FoldsASixteenByteRes() {
        byte[] res = HexFormat.of().parseHex("10000000020000000030000000000004");
        assertThat(UmtsToGsm.c2(res)).isEqualTo(HexFormat.of().parseHex("12300004"));
    }

    @Test
    void rejectsBadLengths() {
        assertThatThrownBy(() -> UmtsToGsm.c2(new byte[17])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UmtsToGsm.c2(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UmtsToGsm.c3(new byte[16], new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
