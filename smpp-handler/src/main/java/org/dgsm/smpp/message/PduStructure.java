package org.dgsm.smpp.message;

import java.util.Map;

/**
 * Checks that the body of an SMPP 3.4 PDU has the structure its command_id promises, before a PDU library decodes
 * it: every C-octet string ends inside the body, sm_length fits, the optional parameters form a clean TLV stream and
 * the TLVs of fixed size (SMPP 3.4 section 5.3.2) have it. Field contents (address lengths, values) are left to the
 * library. The check trusts no length; it returns an SMPP error status instead of throwing.
 */
public final class PduStructure {

    public static final int HEADER_LENGTH = 16;

    public static final int BIND_RECEIVER = 0x00000001;
    public static final int BIND_TRANSMITTER = 0x00000002;
    public static final int SUBMIT_SM = 0x00000004;
    public static final int DELIVER_SM = 0x00000005;
    public static final int BIND_TRANSCEIVER = 0x00000009;
    public static final int DATA_SM = 0x00000103;
    public static final int RESPONSE_BIT = 0x80000000;

    /** Value sizes of the SMPP 3.4 TLVs that have a fixed size (section 5.3.2). */
    private static final Map<Integer, Integer> FIXED_SIZES = Map.ofEntries(
            Map.entry(0x0005, 1), Map.entry(0x0006, 1), Map.entry(0x0007, 1), Map.entry(0x0008, 2),
            Map.entry(0x000d, 1), Map.entry(0x000e, 1), Map.entry(0x000f, 1), Map.entry(0x0010, 1),
            Map.entry(0x0017, 4), Map.entry(0x0019, 1), Map.entry(0x0030, 1), Map.entry(0x0201, 1),
            Map.entry(0x0204, 2), Map.entry(0x0205, 1), Map.entry(0x020a, 2), Map.entry(0x020b, 2),
            Map.entry(0x020c, 2), Map.entry(0x020d, 1), Map.entry(0x020e, 1), Map.entry(0x020f, 1),
            Map.entry(0x0210, 1), Map.entry(0x0302, 1), Map.entry(0x0304, 1), Map.entry(0x0420, 1),
            Map.entry(0x0421, 1), Map.entry(0x0422, 1), Map.entry(0x0423, 3), Map.entry(0x0425, 1),
            Map.entry(0x0426, 1), Map.entry(0x0427, 1), Map.entry(0x0501, 1), Map.entry(0x1201, 1),
            Map.entry(0x1203, 2), Map.entry(0x1204, 1), Map.entry(0x130c, 0), Map.entry(0x1380, 1),
            Map.entry(0x1383, 2));

    /** Longest TLV value a signed 16-bit length reader (as in jSMPP) survives. */
    private static final int MAX_TLV_VALUE = 0x7fff;

    private PduStructure() {
    }

    /** The command_id of a PDU that has at least a header. */
    public static int commandId(byte[] pdu) {
        return readInt(pdu, 4);
    }

    public static int commandStatus(byte[] pdu) {
        return readInt(pdu, 8);
    }

    public static int sequenceNumber(byte[] pdu) {
        return readInt(pdu, 12);
    }

    /**
     * {@link SmppStatus#ROK} if the PDU (header included, exactly command_length octets) is well formed, else the
     * status that describes the fault. Bodies of commands not listed here are not inspected.
     */
    public static int check(byte[] pdu) {
        if (pdu.length < HEADER_LENGTH || readInt(pdu, 0) != pdu.length) {
            return SmppStatus.RINVCMDLEN;
        }
        Cursor c = new Cursor(pdu, HEADER_LENGTH);
        int id = commandId(pdu);
        return switch (id) {
            case BIND_RECEIVER, BIND_TRANSMITTER, BIND_TRANSCEIVER -> checkBind(c);
            case SUBMIT_SM, DELIVER_SM -> checkShortMessage(c);
            case DATA_SM -> checkDataSm(c);
            case BIND_RECEIVER | RESPONSE_BIT, BIND_TRANSMITTER | RESPONSE_BIT, BIND_TRANSCEIVER | RESPONSE_BIT,
                    SUBMIT_SM | RESPONSE_BIT, DELIVER_SM | RESPONSE_BIT, DATA_SM | RESPONSE_BIT ->
                    c.atEnd() ? SmppStatus.ROK : checkIdResponse(c);
            default -> SmppStatus.ROK;
        };
    }

    private static int checkBind(Cursor c) {
        if (!c.cString() || !c.cString() || !c.cString() || !c.skip(3) || !c.cString()) {
            return SmppStatus.RINVCMDLEN;
        }
        return checkTlvs(c);
    }

    private static int checkShortMessage(Cursor c) {
        // service_type, source ton/npi/addr, dest ton/npi/addr, esm_class, protocol_id, priority_flag
        if (!c.cString() || !c.skip(2) || !c.cString() || !c.skip(2) || !c.cString() || !c.skip(3)) {
            return SmppStatus.RINVCMDLEN;
        }
        // schedule_delivery_time, validity_period, registered_delivery, replace_if_present, data_coding, default id
        if (!c.cString() || !c.cString() || !c.skip(4)) {
            return SmppStatus.RINVCMDLEN;
        }
        int smLength = c.octet();
        if (smLength < 0) {
            return SmppStatus.RINVCMDLEN;
        }
        if (smLength > ShortMessage.MAX_SHORT_MESSAGE || !c.skip(smLength)) {
            return SmppStatus.RINVMSGLEN;
        }
        return checkTlvs(c);
    }

    private static int checkDataSm(Cursor c) {
        if (!c.cString() || !c.skip(2) || !c.cString() || !c.skip(2) || !c.cString() || !c.skip(3)) {
            return SmppStatus.RINVCMDLEN;
        }
        return checkTlvs(c);
    }

    private static int checkIdResponse(Cursor c) {
        return c.cString() ? checkTlvs(c) : SmppStatus.RINVCMDLEN;
    }

    private static int checkTlvs(Cursor c) {
        while (!c.atEnd()) {
            if (c.remaining() < 4) {
                return SmppStatus.RINVOPTPARSTREAM;
            }
            int tag = c.short16();
            int length = c.short16();
            if (length > c.remaining()) {
                return SmppStatus.RINVOPTPARSTREAM;
            }
            Integer fixed = FIXED_SIZES.get(tag);
            if (length > MAX_TLV_VALUE || (fixed != null && fixed != length)) {
                return SmppStatus.RINVPARLEN;
            }
            c.skip(length);
        }
        return SmppStatus.ROK;
    }

    private static int readInt(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24) | ((b[offset + 1] & 0xff) << 16) | ((b[offset + 2] & 0xff) << 8)
                | (b[offset + 3] & 0xff);
    }

    /** Reads forward through a body; every step reports whether it stayed inside. */
    private static final class Cursor {
        private final byte[] bytes;
        private int pos;

        Cursor(byte[] bytes, int pos) {
            this.bytes = bytes;
            this.pos = pos;
        }

        boolean atEnd() {
            return pos >= bytes.length;
        }

        int remaining() {
            return bytes.length - pos;
        }

        boolean skip(int n) {
            if (n > remaining()) {
                return false;
            }
            pos += n;
            return true;
        }

        /** The next octet, or -1 at the end. */
        int octet() {
            return atEnd() ? -1 : bytes[pos++] & 0xff;
        }

        int short16() {
            int v = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        /** Skips a C-octet string; false if no NUL ends it inside the body. */
        boolean cString() {
            for (int i = pos; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    pos = i + 1;
                    return true;
                }
            }
            return false;
        }
    }
}
