package org.dgsm.hlr.ctrl;

import java.util.Objects;

/**
 * One CTRL message: {@code GET <id> <variable>}, {@code SET <id> <variable> <value>}, {@code GET_REPLY|SET_REPLY|TRAP
 * <id> <variable> <value>} or {@code ERROR <id> <message>}. Text is kept byte for byte: every char is one byte
 * (ISO-8859-1), so values that are not ASCII survive a decode/encode round trip unchanged.
 *
 * @param type     the kind of message
 * @param id       the message id: decimal digits, echoed in the answer; {@code err} in errors about unparseable input
 * @param variable dotted variable name, e.g. {@code subscriber.by-imsi-901700000014701.info}; null for ERROR
 * @param value    SET: the value to set; replies and TRAP: the value (possibly empty); ERROR: the message; null for GET
 */
public record CtrlCommand(CtrlType type, String id, String variable, String value) {

    public CtrlCommand {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if ((variable == null) != (type == CtrlType.ERROR)) {
            throw new IllegalArgumentException(type + " " + (type == CtrlType.ERROR ? "has no" : "needs a") + " variable");
        }
        if ((value == null) != (type == CtrlType.GET)) {
            throw new IllegalArgumentException(type + " " + (type == CtrlType.GET ? "has no" : "needs a") + " value");
        }
    }

    public static CtrlCommand get(String id, String variable) {
        return new CtrlCommand(CtrlType.GET, id, variable, null);
    }

    public static CtrlCommand set(String id, String variable, String value) {
        return new CtrlCommand(CtrlType.SET, id, variable, value);
    }

    public static CtrlCommand getReply(String id, String variable, String value) {
        return new CtrlCommand(CtrlType.GET_REPLY, id, variable, value);
    }

    public static CtrlCommand setReply(String id, String variable, String value) {
        return new CtrlCommand(CtrlType.SET_REPLY, id, variable, value);
    }

    public static CtrlCommand trap(String id, String variable, String value) {
        return new CtrlCommand(CtrlType.TRAP, id, variable, value);
    }

    public static CtrlCommand error(String id, String message) {
        return new CtrlCommand(CtrlType.ERROR, id, null, message);
    }
}
