package org.dgsm.hlr.auc;

import java.util.Arrays;

/**
 * Outputs of the UMTS functions f2 (RES), f3 (CK), f4 (IK) and f5 (AK), computed together
 * because every algorithm derives them from one RAND-dependent state. {@link #toString()}
 * shows lengths only.
 */
public record F2345Output(byte[] res, byte[] ck, byte[] ik, byte[] ak) {

    public F2345Output {
        res = Bytes.cloneOrNull(res);
        ck = Bytes.cloneOrNull(ck);
        ik = Bytes.cloneOrNull(ik);
        ak = Bytes.requireLength(ak, 6, "AK").clone();
        if (res == null || ck == null || ik == null) {
            throw new IllegalArgumentException("RES, CK and IK are required");
        }
    }

    @Override
    public byte[] res() {
        return res.clone();
    }

    @Override
    public byte[] ck() {
        return ck.clone();
    }

    @Override
    public byte[] ik() {
        return ik.clone();
    }

    @Override
    public byte[] ak() {
        return ak.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof F2345Output other && Arrays.equals(res, other.res) && Arrays.equals(ck, other.ck)
                && Arrays.equals(ik, other.ik) && Arrays.equals(ak, other.ak);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {res, ck, ik, ak});
    }

    @Override
    public String toString() {
        return "F2345Output[res=" + Bytes.redacted(res) + ", ck=" + Bytes.redacted(ck) + ", ik="
                + Bytes.redacted(ik) + ", ak=" + Bytes.redacted(ak) + "]";
    }
}
