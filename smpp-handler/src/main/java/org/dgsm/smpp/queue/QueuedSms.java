package org.dgsm.smpp.queue;

import org.dgsm.smpp.message.UserDataHeader;

import java.time.Instant;

/**
 * One line of {@code dgsm sms queue}: a message or receipt this village holds.
 *
 * @param kind          {@code sms} or {@code receipt}
 * @param state         {@code queued}, {@code in-flight} or {@code awaiting-receipt}
 * @param nextAttemptAt when the next attempt starts (null while one runs or when waiting for a receipt)
 * @param expiresAt     when retrying stops (queued) or the record is dropped (awaiting-receipt)
 * @param nextHop       where it goes next, in words
 * @param part          {@code 2/3} for a part of a concatenated SMS, else empty
 */
public record QueuedSms(String id, String kind, String from, String to, String state, int attempts,
                        Instant createdAt, Instant nextAttemptAt, Instant expiresAt, String nextHop,
                        String lastError, String part) {

    static QueuedSms of(SmsRecord r, boolean inFlight) {
        String state = r.state() == RecordState.AWAITING_RECEIPT ? "awaiting-receipt"
                : inFlight ? "in-flight" : "queued";
        Instant next = r.state() == RecordState.PENDING && !inFlight ? Instant.ofEpochMilli(r.nextAttemptAt()) : null;
        String hop = switch (r.route()) {
            case LOOKUP -> "mslookup smpp.sms." + r.message().destination().address() + ".msisdn";
            case DIRECT -> "village " + r.target();
            case LOCAL -> "local SMSC";
        };
        return new QueuedSms(r.id().hex(), r.kind() == RecordKind.MESSAGE ? "sms" : "receipt",
                r.message().source().address(), r.message().destination().address(), state, r.attempts(),
                Instant.ofEpochMilli(r.createdAt()), next, Instant.ofEpochMilli(r.expiresAt()), hop,
                r.lastError() == null ? "" : r.lastError(),
                UserDataHeader.concatenationOf(r.message()).map(Object::toString).orElse(""));
    }
}
