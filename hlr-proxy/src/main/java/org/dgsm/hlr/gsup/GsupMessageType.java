package org.dgsm.hlr.gsup;

import java.util.Arrays;
import java.util.Optional;

/**
 * GSUP message types (gsup-ipa.md §4). The two low bits of the code give the kind: {@code 00} request, {@code 01}
 * error, {@code 10} result, {@code 11} other; error = request | 1, result = request | 2. A message may carry a code
 * not listed here (osmo's decoder accepts any byte): {@link #fromCode} maps it to {@link #UNKNOWN} and the message
 * keeps the raw code.
 */
public enum GsupMessageType {
    UPDATE_LOCATION_REQUEST(0x04),
    UPDATE_LOCATION_ERROR(0x05),
    UPDATE_LOCATION_RESULT(0x06),
    SEND_AUTH_INFO_REQUEST(0x08),
    SEND_AUTH_INFO_ERROR(0x09),
    SEND_AUTH_INFO_RESULT(0x0a),
    AUTH_FAIL_REPORT(0x0b),
    PURGE_MS_REQUEST(0x0c),
    PURGE_MS_ERROR(0x0d),
    PURGE_MS_RESULT(0x0e),
    INSERT_DATA_REQUEST(0x10),
    INSERT_DATA_ERROR(0x11),
    INSERT_DATA_RESULT(0x12),
    DELETE_DATA_REQUEST(0x14),
    DELETE_DATA_ERROR(0x15),
    DELETE_DATA_RESULT(0x16),
    LOCATION_CANCEL_REQUEST(0x1c),
    LOCATION_CANCEL_ERROR(0x1d),
    LOCATION_CANCEL_RESULT(0x1e),
    PROC_SS_REQUEST(0x20),
    PROC_SS_ERROR(0x21),
    PROC_SS_RESULT(0x22),
    MO_FORWARD_SM_REQUEST(0x24),
    MO_FORWARD_SM_ERROR(0x25),
    MO_FORWARD_SM_RESULT(0x26),
    MT_FORWARD_SM_REQUEST(0x28),
    MT_FORWARD_SM_ERROR(0x29),
    MT_FORWARD_SM_RESULT(0x2a),
    READY_FOR_SM_REQUEST(0x2c),
    READY_FOR_SM_ERROR(0x2d),
    READY_FOR_SM_RESULT(0x2e),
    CHECK_IMEI_REQUEST(0x30),
    CHECK_IMEI_ERROR(0x31),
    CHECK_IMEI_RESULT(0x32),
    E_PREPARE_HANDOVER_REQUEST(0x34),
    E_PREPARE_HANDOVER_ERROR(0x35),
    E_PREPARE_HANDOVER_RESULT(0x36),
    E_PREPARE_SUBSEQUENT_HANDOVER_REQUEST(0x38),
    E_PREPARE_SUBSEQUENT_HANDOVER_ERROR(0x39),
    E_PREPARE_SUBSEQUENT_HANDOVER_RESULT(0x3a),
    E_SEND_END_SIGNAL_REQUEST(0x3c),
    E_SEND_END_SIGNAL_ERROR(0x3d),
    E_SEND_END_SIGNAL_RESULT(0x3e),
    E_PROCESS_ACCESS_SIGNALLING_REQUEST(0x40),
    E_FORWARD_ACCESS_SIGNALLING_REQUEST(0x44),
    E_CLOSE(0x47),
    E_ABORT(0x4b),
    ROUTING_ERROR(0x4e),
    EPDG_TUNNEL_REQUEST(0x50),
    EPDG_TUNNEL_ERROR(0x51),
    EPDG_TUNNEL_RESULT(0x52),
    /** Stands for every code not listed above; has no code of its own. */
    UNKNOWN(-1);

    /** What the two low bits of a code say. */
    public enum Kind { REQUEST, ERROR, RESULT, OTHER }

    private static final GsupMessageType[] BY_CODE = new GsupMessageType[256];

    static {
        Arrays.fill(BY_CODE, UNKNOWN);
        for (GsupMessageType type : values()) {
            if (type != UNKNOWN) {
                BY_CODE[type.code] = type;
            }
        }
    }

    private final int code;

    GsupMessageType(int code) {
        this.code = code;
    }

    /** @throws IllegalStateException for {@link #UNKNOWN}, which has no code */
    public int code() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("UNKNOWN stands for any unlisted code and has none of its own");
        }
        return code;
    }

    /** The listed type with this code, {@link #UNKNOWN} for any other value (including values outside 0–255). */
    public static GsupMessageType fromCode(int code) {
        return code >= 0 && code <= 0xff ? BY_CODE[code] : UNKNOWN;
    }

    public static Kind kindOf(int code) {
        return Kind.values()[code & 0x03];
    }

    public Kind kind() {
        return kindOf(code());
    }

    public boolean isRequest() {
        return this != UNKNOWN && kind() == Kind.REQUEST;
    }

    /** The error type answering this request, if this is a request and such a type is listed. */
    public Optional<GsupMessageType> errorType() {
        return answerType(0x01);
    }

    /** The result type answering this request, if this is a request and such a type is listed. */
    public Optional<GsupMessageType> resultType() {
        return answerType(0x02);
    }

    /**
     * The error code for a request code (request | 1), listed or not, as osmo computes it.
     *
     * @throws IllegalArgumentException if {@code requestCode} is not a request code 0–255
     */
    public static int errorCodeFor(int requestCode) {
        return requireRequest(requestCode) | 0x01;
    }

    /** The result code for a request code (request | 2); see {@link #errorCodeFor}. */
    public static int resultCodeFor(int requestCode) {
        return requireRequest(requestCode) | 0x02;
    }

    private Optional<GsupMessageType> answerType(int bits) {
        if (!isRequest()) {
            return Optional.empty();
        }
        GsupMessageType answer = fromCode(code | bits);
        return answer == UNKNOWN ? Optional.empty() : Optional.of(answer);
    }

    private static int requireRequest(int code) {
        if (code < 0 || code > 0xff || kindOf(code) != Kind.REQUEST) {
            throw new IllegalArgumentException(String.format("0x%02x is not a GSUP request code", code));
        }
        return code;
    }
}
