package org.dgsm.smpp.queue;

/** How one forward or local submit ended. */
public sealed interface AttemptOutcome {

    /** The receiver took responsibility for the message; {@code messageId} as it answered (may be empty). */
    record Accepted(String messageId) implements AttemptOutcome {
    }

    /** The receiver answered with an error status. */
    record Rejected(int status, String detail) implements AttemptOutcome {
    }

    /** No answer: no connection, no bind, a timeout or a broken link. The message may or may not have arrived. */
    record LinkFailed(String reason) implements AttemptOutcome {
    }
}
