package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmsId;

import java.util.Objects;

/**
 * One row of the store-and-forward queue. Times are epoch milliseconds.
 *
 * @param target        next hop of a {@link Route#DIRECT} record, else null
 * @param replyTo       for a message from a peer: the handler address its receipts go to (null if the peer gave none)
 * @param reference     for a receipt: the id of the message it reports on (null if unknown)
 * @param expiresAt     PENDING: when retrying stops; AWAITING_RECEIPT: when the record is dropped unanswered
 * @param smscMessageId the message_id the local SMSC gave when this record was submitted to it, else null
 */
public record SmsRecord(SmsId id, RecordKind kind, Origin origin, Route route, ServiceAddress target,
                        ShortMessage message, ServiceAddress replyTo, SmsId reference, RecordState state,
                        int attempts, long createdAt, long expiresAt, long nextAttemptAt, String lastError,
                        String smscMessageId) {

    public SmsRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(state, "state");
        if ((route == Route.DIRECT) != (target != null)) {
            throw new IllegalArgumentException("a DIRECT record needs a target, other routes none: " + route + " "
                    + target);
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
        }
    }

    /** A fresh pending record, due at once. */
    public static SmsRecord pending(SmsId id, RecordKind kind, Origin origin, Route route, ServiceAddress target,
                                    ShortMessage message, ServiceAddress replyTo, SmsId reference, long now,
                                    long expiresAt) {
        return new SmsRecord(id, kind, origin, route, target, message, replyTo, reference, RecordState.PENDING, 0,
                now, expiresAt, now, null, null);
    }

    public SmsRecord retryAt(long next, int newAttempts, String error) {
        return new SmsRecord(id, kind, origin, route, target, message, replyTo, reference, state, newAttempts,
                createdAt, expiresAt, next, error, smscMessageId);
    }

    public SmsRecord awaitingReceipt(int newAttempts, long until, String newSmscMessageId) {
        return new SmsRecord(id, kind, origin, route, target, message, replyTo, reference,
                RecordState.AWAITING_RECEIPT, newAttempts, createdAt, until, until, null, newSmscMessageId);
    }
}
