package org.dgsm.hlr.auc;

import java.util.Arrays;

/** Small byte-array helpers shared by the algorithm classes. */
final class Bytes {

    private Bytes() {
    }

    /** a XOR b over the length of the shorter array. */
    static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[Math.min(a.length, b.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] slice(byte[] a, int from, int to) {
        return Arrays.copyOfRange(a, from, to);
    }

    static byte[] reversed(byte[] a) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[a.length - 1 - i];
        }
        return out;
    }

    /** Cyclic left rotation by whole bytes. */
    static byte[] rotateLeft(byte[] a, int byteCount) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[(i + byteCount) % a.length];
        }
        return out;
    }

    static byte[] requireLength(byte[] value, int length, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (value.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, got " + value.length);
        }
        return value;
    }

    static byte[] cloneOrNull(byte[] value) {
        return value == null ? null : value.clone();
    }

    /** Describes a secret without revealing it. */
    static String redacted(byte[] secret) {
        return secret == null ? "null" : "<" + secret.length + " bytes>";
    }
}
