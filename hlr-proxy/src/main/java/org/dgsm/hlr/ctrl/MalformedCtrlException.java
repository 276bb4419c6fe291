package org.dgsm.hlr.ctrl;

import java.util.Objects;

/**
 * CTRL text that cannot be parsed into a command. osmo answers such input with an {@code ERROR} whose id is the
 * message's own id when that much could be read, else {@code err}: {@link #errorReply()} is that answer.
 */
public final class MalformedCtrlException extends Exception {

    private final String replyId;
    private final String reason;

    public MalformedCtrlException(String replyId, String reason) {
        super("malformed CTRL message (id " + replyId + "): " + reason);
        this.replyId = Objects.requireNonNull(replyId, "replyId");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The id the ERROR answer carries. */
    public String replyId() {
        return replyId;
    }

    /** The text osmo puts into the ERROR answer, e.g. {@code GET incomplete}. */
    public String reason() {
        return reason;
    }

    /** The ERROR message to send back. */
    public CtrlCommand errorReply() {
        return CtrlCommand.error(replyId, reason);
    }
}
