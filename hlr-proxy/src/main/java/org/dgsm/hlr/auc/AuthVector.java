package org.dgsm.hlr.auc;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One authentication vector as a GSUP auth tuple carries it (gsup-ipa.md §5.3): RAND, SRES,
 * Kc always; IK, CK, AUTN, RES together for a UMTS vector, all four null for a GSM-only
 * triplet. {@link #toString()} shows only the public challenge (RAND, AUTN).
 */
public record AuthVector(byte[] rand, byte[] sres, byte[] kc, byte[] ik, byte[] ck, byte[] autn, byte[] res) {

    public AuthVector {
        rand = Bytes.requireLength(rand, 16, "RAND").clone();
        sres = Bytes.requireLength(sres, 4, "SRES").clone();
        kc = Bytes.requireLength(kc, 8, "Kc").clone();
        boolean anyUmts = ik != null || ck != null || autn != null || res != null;
        if (anyUmts) {
            ik = Bytes.requireLength(ik, 16, "IK").clone();
            ck = Bytes.requireLength(ck, 16, "CK").clone();
            autn = Bytes.requireLength(autn, 16, "AUTN").clone();
            Objects.requireNonNull(res, "RES");
            if (res.length < 1 || res.length > 16) {
                throw new IllegalArgumentException("RES must be 1..16 bytes, got " + res.length);
            }
            res = res.clone();
        }
    }

    /** A GSM-only triplet. */
    public static AuthVector gsm(byte[] rand, byte[] sres, byte[] kc) {
        return new AuthVector(rand, sres, kc, null, null, null, null);
    }

    /** Whether the vector carries the UMTS part (IK, CK, AUTN, RES). */
    public boolean isUmts() {
        return autn != null;
    }

    @Override
    public byte[] rand() {
        return rand.clone();
    }

    @Override
    public byte[] sres() {
        return sres.clone();
    }

    @Override
    public byte[] kc() {
        return kc.clone();
    }

    @Override
    public byte[] ik() {
        return Bytes.cloneOrNull(ik);
    }

    @Override
    public byte[] ck() {
        return Bytes.cloneOrNull(ck);
    }

    @Override
    public byte[] autn() {
        return Bytes.cloneOrNull(autn);
    }

    @Override
    public byte[] res() {
        return Bytes.cloneOrNull(res);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthVector v && Arrays.equals(rand, v.rand) && Arrays.equals(sres, v.sres)
                && Arrays.equals(kc, v.kc) && Arrays.equals(ik, v.ik) && Arrays.equals(ck, v.ck)
                && Arrays.equals(autn, v.autn) && Arrays.equals(res, v.res);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {rand, sres, kc, ik, ck, autn, res});
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "AuthVector[rand=" + hex.formatHex(rand) + (isUmts() ? ", autn=" + hex.formatHex(autn) : ", gsm-only")
                + "]";
    }
}
