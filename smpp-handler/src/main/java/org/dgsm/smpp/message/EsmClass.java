package org.dgsm.smpp.message;

/** The parts of the SMPP 3.4 esm_class octet (section 5.2.12) that routing depends on. */
public final class EsmClass {

    public static final int MODE_MASK = 0x03;
    public static final int TYPE_MASK = 0x3c;
    public static final int UDHI = 0x40;
    public static final int REPLY_PATH = 0x80;

    /** Message type "SMSC delivery receipt" (deliver_sm from the SMSC). */
    public static final int TYPE_SMSC_DELIVERY_RECEIPT = 0x04;
    /**
     * Message type "SME delivery acknowledgement". osmo-msc turns a submit_sm whose esm_class is exactly this value
     * into an SMS-STATUS-REPORT to the phone, so receipts travel between villages and to the SMSC with it.
     */
    public static final int TYPE_SME_DELIVERY_ACK = 0x08;
    public static final int TYPE_SME_MANUAL_ACK = 0x10;
    public static final int TYPE_INTERMEDIATE_NOTIFICATION = 0x20;

    private EsmClass() {
    }

    public static int messageType(int esmClass) {
        return esmClass & TYPE_MASK;
    }

    /** True for every message type that reports on another message rather than carrying user text. */
    public static boolean isReport(int esmClass) {
        int type = messageType(esmClass);
        return type == TYPE_SMSC_DELIVERY_RECEIPT || type == TYPE_SME_DELIVERY_ACK || type == TYPE_SME_MANUAL_ACK
                || type == TYPE_INTERMEDIATE_NOTIFICATION;
    }

    public static boolean hasUdh(int esmClass) {
        return (esmClass & UDHI) != 0;
    }
}
