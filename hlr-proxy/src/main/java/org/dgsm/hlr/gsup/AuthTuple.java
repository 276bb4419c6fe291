package org.dgsm.hlr.gsup;

/**
 * One authentication vector (auth tuple IE 0x03), as two optional blocks the way osmo's codec sees it:
 * <ul>
 * <li>GSM block: RAND (16), SRES (4), Kc (8) — all present or all {@code null};</li>
 * <li>UMTS block: IK (16), CK (16), AUTN (16), RES (0–16) — all present or all {@code null}.</li>
 * </ul>
 * On the wire the GSM block is written RAND, SRES, Kc and the UMTS block IK, CK, AUTN, RES; RAND is only written as
 * part of the GSM block, so a UMTS-only tuple carries no RAND (osmo-hlr always sends both blocks). A tuple with
 * neither block is legal and encodes as an empty IE. The decoder fills parts missing from a present block with zero
 * bytes (RES with zero length), as osmo does.
 */
public record AuthTuple(Octets rand, Octets sres, Octets kc, Octets ik, Octets ck, Octets autn, Octets res) {

    public static final int RAND_LENGTH = 16;
    public static final int SRES_LENGTH = 4;
    public static final int KC_LENGTH = 8;
    public static final int IK_LENGTH = 16;
    public static final int CK_LENGTH = 16;
    public static final int AUTN_LENGTH = 16;
    public static final int MAX_RES_LENGTH = 16;

    public AuthTuple {
        boolean gsm = rand != null || sres != null || kc != null;
        if (gsm) {
            requireLength("RAND", rand, RAND_LENGTH);
            requireLength("SRES", sres, SRES_LENGTH);
            requireLength("Kc", kc, KC_LENGTH);
        }
        boolean umts = ik != null || ck != null || autn != null || res != null;
        if (umts) {
            requireLength("IK", ik, IK_LENGTH);
            requireLength("CK", ck, CK_LENGTH);
            requireLength("AUTN", autn, AUTN_LENGTH);
            if (res == null) {
                throw new IllegalArgumentException("incomplete auth tuple block: RES missing");
            }
            if (res.length() > MAX_RES_LENGTH) {
                throw new IllegalArgumentException("RES must be at most 16 bytes, got " + res.length());
            }
        }
    }

    /** A GSM triplet. */
    public static AuthTuple gsm(byte[] rand, byte[] sres, byte[] kc) {
        return new AuthTuple(Octets.of(rand), Octets.of(sres), Octets.of(kc), null, null, null, null);
    }

    /** A quintuplet with its GSM triplet, as a 3G-capable HLR sends it. */
    public static AuthTuple gsmAndUmts(byte[] rand, byte[] sres, byte[] kc, byte[] ik, byte[] ck, byte[] autn,
                                       byte[] res) {
        return new AuthTuple(Octets.of(rand), Octets.of(sres), Octets.of(kc), Octets.of(ik), Octets.of(ck),
                Octets.of(autn), Octets.of(res));
    }

    public boolean hasGsm() {
        return rand != null;
    }

    public boolean hasUmts() {
        return ik != null;
    }

    private static void requireLength(String name, Octets value, int length) {
        if (value == null) {
            throw new IllegalArgumentException("incomplete auth tuple block: " + name + " missing");
        }
        if (value.length() != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, got " + value.length());
        }
    }
}
