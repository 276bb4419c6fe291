package org.dgsm.hlr.gsup;

/**
 * GSUP information element tags (gsup-ipa.md §5). Some only occur nested: inside an auth tuple (SRES … RES, and
 * RAND) or inside PDP info (PDP address, APN, QoS; context id and charging characteristics also appear at top level).
 */
public enum GsupIe {
    IMSI(0x01),
    CAUSE(0x02),
    AUTH_TUPLE(0x03),
    PDP_INFO_COMPLETE(0x04),
    PDP_INFO(0x05),
    CANCEL_TYPE(0x06),
    FREEZE_PTMSI(0x07),
    MSISDN(0x08),
    HLR_NUMBER(0x09),
    MESSAGE_CLASS(0x0a),
    PDP_CONTEXT_ID(0x10),
    PDP_ADDRESS(0x11),
    APN(0x12),
    QOS(0x13),
    CHARGING_CHARACTERISTICS(0x14),
    PCO(0x15),
    RAND(0x20),
    SRES(0x21),
    KC(0x22),
    IK(0x23),
    CK(0x24),
    AUTN(0x25),
    AUTS(0x26),
    RES(0x27),
    CN_DOMAIN(0x28),
    SUPPORTED_RAT_TYPES(0x29),
    CURRENT_RAT_TYPE(0x2a),
    SESSION_ID(0x30),
    SESSION_STATE(0x31),
    SS_INFO(0x35),
    SM_RP_MR(0x40),
    SM_RP_DA(0x41),
    SM_RP_OA(0x42),
    SM_RP_UI(0x43),
    SM_RP_CAUSE(0x44),
    SM_RP_MMS(0x45),
    SM_ALERT_REASON(0x46),
    IMEI(0x50),
    IMEI_RESULT(0x51),
    NUM_VECTORS_REQUESTED(0x52),
    SOURCE_NAME(0x60),
    DESTINATION_NAME(0x61),
    AN_APDU(0x62),
    CAUSE_RR(0x63),
    CAUSE_BSSAP(0x64),
    CAUSE_SM(0x65);

    private static final GsupIe[] BY_TAG = new GsupIe[256];

    static {
        for (GsupIe ie : values()) {
            BY_TAG[ie.tag] = ie;
        }
    }

    private final int tag;

    GsupIe(int tag) {
        this.tag = tag;
    }

    public int tag() {
        return tag;
    }

    /** The IE with this tag, or {@code null} for a tag the spec does not list. */
    public static GsupIe fromTag(int tag) {
        return tag >= 0 && tag <= 0xff ? BY_TAG[tag] : null;
    }

    /** {@code "0x28 CN_DOMAIN"}, or {@code "0x7f (unknown)"}: for error messages and logs. */
    public static String describe(int tag) {
        GsupIe ie = fromTag(tag);
        return String.format("0x%02x %s", tag, ie == null ? "(unknown)" : ie.name());
    }
}
