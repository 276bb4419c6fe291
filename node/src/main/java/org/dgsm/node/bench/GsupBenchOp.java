package org.dgsm.node.bench;

import java.util.Locale;
import org.dgsm.hlr.gsup.GsupMessageType;

/** What one bench transaction is. */
public enum GsupBenchOp {
    /** Send Authentication Info: request → result (or error). */
    SAI(GsupMessageType.SEND_AUTH_INFO_REQUEST, GsupMessageType.SEND_AUTH_INFO_RESULT,
            GsupMessageType.SEND_AUTH_INFO_ERROR),
    /** Update Location: request → the HLR's Insert Subscriber Data, answered by us → result (or error). */
    LU(GsupMessageType.UPDATE_LOCATION_REQUEST, GsupMessageType.UPDATE_LOCATION_RESULT,
            GsupMessageType.UPDATE_LOCATION_ERROR);

    private final GsupMessageType request;
    private final GsupMessageType result;
    private final GsupMessageType error;

    GsupBenchOp(GsupMessageType request, GsupMessageType result, GsupMessageType error) {
        this.request = request;
        this.result = result;
        this.error = error;
    }

    public GsupMessageType request() {
        return request;
    }

    public GsupMessageType result() {
        return result;
    }

    public GsupMessageType error() {
        return error;
    }

    /** {@code sai} or {@code lu}, any case. */
    public static GsupBenchOp parse(String text) {
        for (GsupBenchOp op : values()) {
            if (op.name().equalsIgnoreCase(text)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown op '" + text + "': expected sai or lu");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
