package org.dgsm.hlr.gsup;

/**
 * {@link GsupMessage} → bytes (message type + IEs, without IPA header) in libosmogsm's fixed IE order
 * (gsup-ipa.md §3.1), so that any message osmo encoded comes out byte-identical after a decode:
 * type, IMSI; MSISDN, HLR number, cause, cancellation type; PDP-info-complete, freeze-P-TMSI; PDP entries; number of
 * vectors (Send Auth Info Request) or auth tuples (any other message); AUTS, RAND, PCO, CN domain, charging
 * characteristics; session id + state, SS info; SM-RP-MR, -DA, -OA, -UI, -MMS, -Cause, SM alert reason; IMEI,
 * IMEI result, message class; Source-Name, Destination-Name, AN-APDU; RR, BSSAP and SM cause, supported and current
 * RAT type.
 */
public final class GsupEncoder {

    private GsupEncoder() {
    }

    public static byte[] encode(GsupMessage m) {
        IeWriter w = new IeWriter();
        w.put(m.messageType());
        w.tlv(GsupIe.IMSI, Octets.of(Tbcd.encode(m.imsi())));
        opaque(w, GsupIe.MSISDN, m.msisdn());
        opaque(w, GsupIe.HLR_NUMBER, m.hlrNumber());
        oneByte(w, GsupIe.CAUSE, m.cause());
        oneByte(w, GsupIe.CANCEL_TYPE, m.cancelType());
        if (m.pdpInfoComplete()) {
            w.flag(GsupIe.PDP_INFO_COMPLETE);
        }
        if (m.freezePtmsi()) {
            w.flag(GsupIe.FREEZE_PTMSI);
        }
        for (PdpInfo info : m.pdpInfos()) {
            pdpInfo(w, info);
        }
        oneByte(w, GsupIe.NUM_VECTORS_REQUESTED, m.numVectorsRequested());
        for (AuthTuple tuple : m.authTuples()) {
            authTuple(w, tuple);
        }
        opaque(w, GsupIe.AUTS, m.auts());
        opaque(w, GsupIe.RAND, m.rand());
        opaque(w, GsupIe.PCO, m.pco());
        oneByte(w, GsupIe.CN_DOMAIN, m.cnDomain());
        opaque(w, GsupIe.CHARGING_CHARACTERISTICS, m.chargingCharacteristics());
        if (m.session() != null) {
            long id = m.session().id();
            w.tlv(GsupIe.SESSION_ID, Octets.of((byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id));
            w.tlv(GsupIe.SESSION_STATE, m.session().state());
        }
        opaque(w, GsupIe.SS_INFO, m.ssInfo());
        oneByte(w, GsupIe.SM_RP_MR, m.smRpMr());
        smRpAddress(w, GsupIe.SM_RP_DA, m.smRpDa());
        smRpAddress(w, GsupIe.SM_RP_OA, m.smRpOa());
        opaque(w, GsupIe.SM_RP_UI, m.smRpUi());
        oneByte(w, GsupIe.SM_RP_MMS, m.smRpMms());
        oneByte(w, GsupIe.SM_RP_CAUSE, m.smRpCause());
        oneByte(w, GsupIe.SM_ALERT_REASON, m.smAlertReason());
        opaque(w, GsupIe.IMEI, m.imei());
        oneByte(w, GsupIe.IMEI_RESULT, m.imeiResult());
        oneByte(w, GsupIe.MESSAGE_CLASS, m.messageClass());
        opaque(w, GsupIe.SOURCE_NAME, m.sourceName());
        opaque(w, GsupIe.DESTINATION_NAME, m.destinationName());
        if (m.anApdu() != null) {
            int mark = w.begin(GsupIe.AN_APDU);
            w.put(m.anApdu().protocol());
            w.put(m.anApdu().pdu());
            w.end(mark);
        }
        oneByte(w, GsupIe.CAUSE_RR, m.causeRr());
        oneByte(w, GsupIe.CAUSE_BSSAP, m.causeBssap());
        oneByte(w, GsupIe.CAUSE_SM, m.causeSm());
        if (!m.supportedRatTypes().isEmpty()) {
            int mark = w.begin(GsupIe.SUPPORTED_RAT_TYPES);
            m.supportedRatTypes().forEach(w::put);
            w.end(mark);
        }
        oneByte(w, GsupIe.CURRENT_RAT_TYPE, m.currentRatType());
        return w.toByteArray();
    }

    private static void pdpInfo(IeWriter w, PdpInfo info) {
        if (info.contextIdOnly()) {
            w.tlv(GsupIe.PDP_CONTEXT_ID, info.contextId());
            return;
        }
        int mark = w.begin(GsupIe.PDP_INFO);
        w.tlv(GsupIe.PDP_CONTEXT_ID, info.contextId());
        opaque(w, GsupIe.PDP_ADDRESS, info.pdpAddress());
        opaque(w, GsupIe.APN, info.apn());
        opaque(w, GsupIe.QOS, info.qos());
        opaque(w, GsupIe.CHARGING_CHARACTERISTICS, info.chargingCharacteristics());
        w.end(mark);
    }

    private static void authTuple(IeWriter w, AuthTuple tuple) {
        int mark = w.begin(GsupIe.AUTH_TUPLE);
        if (tuple.hasGsm()) {
            w.tlv(GsupIe.RAND, tuple.rand());
            w.tlv(GsupIe.SRES, tuple.sres());
            w.tlv(GsupIe.KC, tuple.kc());
        }
        if (tuple.hasUmts()) {
            w.tlv(GsupIe.IK, tuple.ik());
            w.tlv(GsupIe.CK, tuple.ck());
            w.tlv(GsupIe.AUTN, tuple.autn());
            w.tlv(GsupIe.RES, tuple.res());
        }
        w.end(mark);
    }

    private static void smRpAddress(IeWriter w, GsupIe ie, SmRpAddress address) {
        if (address != null) {
            int mark = w.begin(ie);
            w.put(address.type());
            w.put(address.identity());
            w.end(mark);
        }
    }

    private static void opaque(IeWriter w, GsupIe ie, Octets value) {
        if (value != null) {
            w.tlv(ie, value);
        }
    }

    private static void oneByte(IeWriter w, GsupIe ie, Integer value) {
        if (value != null) {
            w.tlv(ie, value);
        }
    }
}
