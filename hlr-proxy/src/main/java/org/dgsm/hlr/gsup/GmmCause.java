package org.dgsm.hlr.gsup;

/** GMM cause values (TS 24.008 §10.5.5.14) carried in the GSUP cause IE and reported by the decoder. */
public final class GmmCause {

    public static final int IMSI_UNKNOWN = 0x02;
    public static final int ILLEGAL_MS = 0x03;
    public static final int IMEI_NOT_ACCEPTED = 0x05;
    public static final int ILLEGAL_ME = 0x06;
    public static final int GPRS_NOT_ALLOWED = 0x07;
    public static final int PLMN_NOT_ALLOWED = 0x0b;
    public static final int LA_NOT_ALLOWED = 0x0c;
    public static final int ROAMING_NOT_ALLOWED = 0x0d;
    public static final int NETWORK_FAILURE = 0x11;
    public static final int CONGESTION = 0x16;
    public static final int INVALID_MANDATORY_INFO = 0x60;
    public static final int MSG_TYPE_NOT_IMPLEMENTED = 0x61;
    public static final int MSG_TYPE_INCOMPATIBLE_WITH_STATE = 0x62;
    public static final int IE_NOT_IMPLEMENTED = 0x63;
    public static final int CONDITIONAL_IE_ERROR = 0x64;
    public static final int MSG_INCOMPATIBLE_WITH_STATE = 0x65;
    public static final int PROTOCOL_ERROR_UNSPECIFIED = 0x6f;

    private GmmCause() {
    }
}
