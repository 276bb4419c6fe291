package org.dgsm.hlr.gsup;

import java.util.List;

/**
 * Bytes (message type + IEs, without IPA header) → {@link GsupMessage}, with the verdicts of libosmogsm's
 * {@code osmo_gsup_decode()} (gsup-ipa.md §3, vectors section D):
 * <ul>
 * <li>no message type, IMSI not the first IE, IMSI truncated or longer than 8 bytes → cause 0x60;</li>
 * <li>any IE whose length runs past the end, at top level or nested → cause 0x6f;</li>
 * <li>top-level AUTS ≠ 14 or RAND ≠ 16 bytes, more than 10 PDP entries, AN-APDU under 2 bytes → cause 0x64;</li>
 * <li>more than 5 auth tuples → cause 0x60;</li>
 * <li>wrong nested auth tuple lengths, bad SM-RP-DA/OA, a current RAT type IE not 1 byte long, more than 8
 *     supported RAT types → error without GMM cause.</li>
 * </ul>
 * Any order of IEs is accepted; unknown IEs, IEs only valid nested, and repeated IMSIs are skipped; a repeated
 * single-valued IE replaces the earlier one. Where osmo reads a fixed-size IE without checking its length (and so
 * would read past the value or silently truncate it), this decoder refuses the message with cause 0x6f instead: such
 * IEs (cause, cancellation type, CN domain, session id (4 bytes) and state, message class, SM-RP-MR/MMS/cause, SM alert
 * reason, IMEI result, number of vectors, RR/BSSAP/SM cause, PDP context id) must have their exact length.
 *
 * <p>Only what osmo's encoder would write again ends up in the message (see {@link GsupMessage}): zero values of
 * "not set" fields, PDP entries with context id 0, auth tuples in a Send Auth Info Request and the number of vectors
 * requested in any other message are validated, then left out.
 */
public final class GsupDecoder {

    private static final int MAX_IMSI_BYTES = 8;

    private GsupDecoder() {
    }

    public static GsupMessage decode(byte[] message) throws MalformedGsupException {
        return decode(message, 0, message.length);
    }

    public static GsupMessage decode(byte[] buf, int offset, int length) throws MalformedGsupException {
        if (length < 1) {
            throw new MalformedGsupException(GmmCause.INVALID_MANDATORY_INFO, "empty message: no message type");
        }
        int messageType = buf[offset] & 0xff;
        TlvReader r = new TlvReader(buf, offset + 1, length - 1);
        if (!r.hasMore() || r.peekTag() != GsupIe.IMSI.tag()) {
            throw new MalformedGsupException(GmmCause.INVALID_MANDATORY_INFO, r.hasMore()
                    ? "first IE must be the IMSI (0x01), found " + GsupIe.describe(r.peekTag())
                    : "no IMSI IE");
        }
        if (!r.next()) {
            throw new MalformedGsupException(GmmCause.INVALID_MANDATORY_INFO, "truncated IMSI: " + r.truncation());
        }
        if (r.valueLength() > MAX_IMSI_BYTES) {
            throw new MalformedGsupException(GmmCause.INVALID_MANDATORY_INFO,
                    "IMSI IE has " + r.valueLength() + " bytes, at most 8 allowed");
        }
        GsupMessageBuilder b = GsupMessage.builder(messageType, Tbcd.decode(buf, r.valueOffset(), r.valueLength()));
        Accumulator acc = new Accumulator();
        while (r.hasMore()) {
            if (!r.next()) {
                throw new MalformedGsupException(GmmCause.PROTOCOL_ERROR_UNSPECIFIED, r.truncation());
            }
            GsupIe ie = GsupIe.fromTag(r.tag());
            if (ie != null) {
                decodeIe(ie, r, b, acc);
            }
        }
        boolean sai = messageType == GsupMessageType.SEND_AUTH_INFO_REQUEST.code();
        b.numVectorsRequested(sai ? acc.numVectorsRequested : null);
        if (sai) {
            b.authTuples(List.of());
        }
        b.session(acc.sessionState == 0 ? null : new GsupSession(acc.sessionId, acc.sessionState));
        return b.build();
    }

    private static void decodeIe(GsupIe ie, TlvReader r, GsupMessageBuilder b, Accumulator acc)
            throws MalformedGsupException {
        switch (ie) {
            case CAUSE -> b.cause(nonZero(oneByte(r)));
            case CANCEL_TYPE -> b.cancelType(oneByte(r));
            case PDP_INFO_COMPLETE -> b.pdpInfoComplete(true);
            case FREEZE_PTMSI -> b.freezePtmsi(true);
            case PDP_CONTEXT_ID -> {
                acc.countPdpEntry();
                int contextId = oneByte(r);
                if (contextId != 0) {
                    b.addPdpInfo(PdpInfo.contextIdOnly(contextId));
                }
            }
            case PDP_INFO -> {
                acc.countPdpEntry();
                PdpInfo info = NestedIeDecoder.pdpInfo(r);
                if (info != null) {
                    b.addPdpInfo(info);
                }
            }
            case AUTH_TUPLE -> {
                if (++acc.authTuples > GsupMessage.MAX_AUTH_TUPLES) {
                    throw new MalformedGsupException(GmmCause.INVALID_MANDATORY_INFO, "more than 5 auth tuples");
                }
                b.addAuthTuple(NestedIeDecoder.authTuple(r));
            }
            case MSISDN -> b.msisdn(r.value());
            case HLR_NUMBER -> b.hlrNumber(r.value());
            case CHARGING_CHARACTERISTICS -> b.chargingCharacteristics(r.value());
            case PCO -> b.pco(r.value());
            case RAND -> b.rand(exact(r, GsupMessage.RAND_LENGTH));
            case AUTS -> b.auts(exact(r, GsupMessage.AUTS_LENGTH));
            case CN_DOMAIN -> b.cnDomain(nonZero(oneByte(r)));
            case SUPPORTED_RAT_TYPES -> b.supportedRatTypes(ratTypes(r));
            case CURRENT_RAT_TYPE -> {
                if (r.valueLength() != 1) {
                    throw MalformedGsupException.withoutCause("current RAT type must be 1 byte, got " + r.valueLength());
                }
                b.currentRatType(nonZero(r.valueByte(0)));
            }
            case SESSION_ID -> acc.sessionId = sessionId(r);
            case SESSION_STATE -> acc.sessionState = oneByte(r);
            case SS_INFO -> b.ssInfo(r.value());
            case SM_RP_MR -> b.smRpMr(oneByte(r));
            case SM_RP_DA -> b.smRpDa(NestedIeDecoder.smRpAddress(r, true));
            case SM_RP_OA -> b.smRpOa(NestedIeDecoder.smRpAddress(r, false));
            case SM_RP_UI -> b.smRpUi(r.value());
            case SM_RP_MMS -> b.smRpMms(oneByte(r));
            case SM_RP_CAUSE -> b.smRpCause(oneByte(r));
            case SM_ALERT_REASON -> b.smAlertReason(nonZero(oneByte(r)));
            case IMEI -> b.imei(r.value());
            case IMEI_RESULT -> b.imeiResult(oneByte(r));
            case NUM_VECTORS_REQUESTED -> acc.numVectorsRequested = nonZero(oneByte(r));
            case MESSAGE_CLASS -> b.messageClass(nonZero(oneByte(r)));
            case SOURCE_NAME -> b.sourceName(r.value());
            case DESTINATION_NAME -> b.destinationName(r.value());
            case AN_APDU -> {
                if (r.valueLength() < 2) {
                    throw new MalformedGsupException(GmmCause.CONDITIONAL_IE_ERROR,
                            "AN-APDU needs a protocol byte and at least one PDU byte, got " + r.valueLength() + " bytes");
                }
                b.anApdu(new AnApdu(r.valueByte(0), Octets.of(r.buffer(), r.valueOffset() + 1, r.valueLength() - 1)));
            }
            case CAUSE_RR -> b.causeRr(oneByte(r));
            case CAUSE_BSSAP -> b.causeBssap(oneByte(r));
            case CAUSE_SM -> b.causeSm(nonZero(oneByte(r)));
            default -> {
                // IMSI again, and IEs only valid nested (PDP address, APN, QoS, SRES … RES): osmo skips them
            }
        }
    }

    private static int oneByte(TlvReader r) throws MalformedGsupException {
        return oneByte(r, "");
    }

    static int oneByte(TlvReader r, String context) throws MalformedGsupException {
        if (r.valueLength() != 1) {
            throw new MalformedGsupException(GmmCause.PROTOCOL_ERROR_UNSPECIFIED, context + "IE "
                    + GsupIe.describe(r.tag()) + " must be 1 byte, got " + r.valueLength());
        }
        return r.valueByte(0);
    }

    private static Integer nonZero(int value) {
        return value == 0 ? null : value;
    }

    private static Octets exact(TlvReader r, int length) throws MalformedGsupException {
        if (r.valueLength() != length) {
            throw new MalformedGsupException(GmmCause.CONDITIONAL_IE_ERROR, "IE " + GsupIe.describe(r.tag())
                    + " must be " + length + " bytes, got " + r.valueLength());
        }
        return r.value();
    }

    private static long sessionId(TlvReader r) throws MalformedGsupException {
        if (r.valueLength() != 4) {
            throw new MalformedGsupException(GmmCause.PROTOCOL_ERROR_UNSPECIFIED,
                    "session id must be 4 bytes, got " + r.valueLength());
        }
        return (long) r.valueByte(0) << 24 | r.valueByte(1) << 16 | r.valueByte(2) << 8 | r.valueByte(3);
    }

    private static List<Integer> ratTypes(TlvReader r) throws MalformedGsupException {
        if (r.valueLength() > GsupMessage.MAX_RAT_TYPES) {
            throw MalformedGsupException.withoutCause(
                    "at most 8 supported RAT types, got " + r.valueLength());
        }
        Integer[] types = new Integer[r.valueLength()];
        for (int i = 0; i < types.length; i++) {
            types[i] = r.valueByte(i);
        }
        return List.of(types);
    }

    /** What is only known once all IEs are read. */
    private static final class Accumulator {
        private int pdpEntries;
        private int authTuples;
        private Integer numVectorsRequested;
        private long sessionId;
        private int sessionState;

        void countPdpEntry() throws MalformedGsupException {
            if (++pdpEntries > GsupMessage.MAX_PDP_INFOS) {
                throw new MalformedGsupException(GmmCause.CONDITIONAL_IE_ERROR, "more than 10 PDP info entries");
            }
        }
    }
}
