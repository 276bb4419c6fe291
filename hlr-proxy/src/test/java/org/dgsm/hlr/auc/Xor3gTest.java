package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** XOR-3G formulas (TS 34.108 §8.1.2) on the osmo-hlr auc_test vector's inputs. */
class Xor3gTest {

    private static final AucVectors.Vector V = AucVectors.named("auc_xor_3g");

    @Test
    void resCkIkAndAkAreSlicesOfKXorRand() {
        F2345Output out = Xor3g.withKey(V.inHex("k")).f2345(V.inHex("rand"));
        assertThat(out.res()).isEqualTo(V.outHex("res"));
        assertThat(out.ck()).isEqualTo(V.outHex("ck"));
        assertThat(out.ik()).isEqualTo(V.outHex("ik"));
        assertThat(out.ak()).isEqualTo(HexFormat.of().parseHex(V.out("res").substring(6, 18)));
    }

    @Test
    void macIsTheFirstEightBytesOfXXoredWithSqnAndAmf() {
        Xor3g xor = Xor3g.withKey(V.inHex("k"));
        byte[] mac = xor.f1(V.inHex("rand"), V.inHex("sqn"), V.inHex("amf"));
        assertThat(mac).isEqualTo(HexFormat.of().parseHex(V.out("autn").substring(16)));
        byte[] sqn = HexFormat.of().parseHex("000000000100");
        byte[] amf = HexFormat.of().parseHex("8000");
        byte[] expected = HexFormat.of().parseHex(V.out("res").substring(0, 16));
        expected[4] ^= 0x01;
        expected[6] ^= (byte) 0x80;
        assertThat(xor.f1(V.inHex("rand"), sqn, amf)).isEqualTo(expected);
        assertThat(xor.f1Star(V.inHex("rand"), sqn, amf)).isEqualTo(expected);
        assertThat(xor.f5Star(V.inHex("rand"))).isEqualTo(xor.f2345(V.inHex("rand")).ak());
    }

    @Test
    void usedAs2gItGivesC2AndC3OfX() {
        A3A8Output gsm = Xor3g.gsm(V.inHex("k"), V.inHex("rand"));
        assertThat(gsm.sres()).isEqualTo(V.outHex("sres"));
        assertThat(gsm.kc()).isEqualTo(V.outHex("kc"));
    }
}
