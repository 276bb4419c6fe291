package org.dgsm.hlr.auc;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * MILENAGE (3GPP TS 35.206) with the standard constants: the AES-128 based f1, f1*, f2..f5,
 * f5* and the OPc derivation. RES is 8 bytes.
 *
 * <p>An instance holds one subscriber's K (inside an AES cipher) and OPc; it is not
 * thread-safe and is meant to live for one request.
 */
public final class Milenage implements AkaFunctions {

    public static final int KEY_LENGTH = 16;
    public static final int RES_LENGTH = 8;

    /** Rotations r1..r5 of TS 35.206 §4.1, in bytes. */
    private static final int R1 = 8;
    private static final int R2 = 0;
    private static final int R3 = 4;
    private static final int R4 = 8;
    private static final int R5 = 12;
    /** Constants c2..c5 differ from zero only in their last byte (c1 is all zero). */
    private static final int C2 = 0x01;
    private static final int C3 = 0x02;
    private static final int C4 = 0x04;
    private static final int C5 = 0x08;

    private final Cipher aes;
    private final byte[] opc;

    private Milenage(Cipher aes, byte[] opc) {
        this.aes = aes;
        this.opc = opc;
    }

    /** Functions for a subscriber whose OPc is stored. */
    public static Milenage withOpc(byte[] k, byte[] opc) {
        Bytes.requireLength(k, KEY_LENGTH, "K");
        Bytes.requireLength(opc, 16, "OPc");
        return new Milenage(aesFor(k), opc.clone());
    }

    /** Functions for a subscriber whose OP is stored; OPc is derived once here. */
    public static Milenage withOp(byte[] k, byte[] op) {
        Bytes.requireLength(k, KEY_LENGTH, "K");
        Bytes.requireLength(op, 16, "OP");
        Cipher aes = aesFor(k);
        return new Milenage(aes, deriveOpc(aes, op));
    }

    /** OPc = AES_K(OP) XOR OP. */
    public static byte[] opc(byte[] k, byte[] op) {
        Bytes.requireLength(k, KEY_LENGTH, "K");
        Bytes.requireLength(op, 16, "OP");
        return deriveOpc(aesFor(k), op);
    }

    @Override
    public byte[] f1(byte[] rand, byte[] sqn, byte[] amf) {
        return Bytes.slice(out1(rand, sqn, amf), 0, 8);
    }

    @Override
    public byte[] f1Star(byte[] rand, byte[] sqn, byte[] amf) {
        return Bytes.slice(out1(rand, sqn, amf), 8, 16);
    }

    @Override
    public F2345Output f2345(byte[] rand) {
        byte[] temp = temp(rand);
        byte[] out2 = outN(temp, R2, C2);
        byte[] ck = outN(temp, R3, C3);
        byte[] ik = outN(temp, R4, C4);
        return new F2345Output(Bytes.slice(out2, 8, 16), ck, ik, Bytes.slice(out2, 0, 6));
    }

    @Override
    public byte[] f5Star(byte[] rand) {
        return Bytes.slice(outN(temp(rand), R5, C5), 0, 6);
    }

    /** TEMP = E_K(RAND XOR OPc). */
    private byte[] temp(byte[] rand) {
        Bytes.requireLength(rand, 16, "RAND");
        return encrypt(aes, Bytes.xor(rand, opc));
    }

    /** OUT1 = E_K(TEMP XOR rot(IN1 XOR OPc, r1) XOR c1) XOR OPc, IN1 = SQN||AMF||SQN||AMF. */
    private byte[] out1(byte[] rand, byte[] sqn, byte[] amf) {
        Bytes.requireLength(sqn, 6, "SQN");
        Bytes.requireLength(amf, 2, "AMF");
        byte[] temp = temp(rand);
        byte[] in1 = Bytes.concat(sqn, amf, sqn, amf);
        byte[] block = Bytes.xor(temp, Bytes.rotateLeft(Bytes.xor(in1, opc), R1));
        return Bytes.xor(encrypt(aes, block), opc);
    }

    /** OUTn = E_K(rot(TEMP XOR OPc, rn) XOR cn) XOR OPc for n = 2..5. */
    private byte[] outN(byte[] temp, int rotation, int constant) {
        byte[] block = Bytes.rotateLeft(Bytes.xor(temp, opc), rotation);
        block[15] ^= (byte) constant;
        return Bytes.xor(encrypt(aes, block), opc);
    }

    private static byte[] deriveOpc(Cipher aes, byte[] op) {
        return Bytes.xor(encrypt(aes, op), op);
    }

    private static Cipher aesFor(byte[] k) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128 is not available in this JRE", e);
        }
    }

    private static byte[] encrypt(Cipher aes, byte[] block) {
        try {
            return aes.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES block encryption failed", e);
        }
    }
}
