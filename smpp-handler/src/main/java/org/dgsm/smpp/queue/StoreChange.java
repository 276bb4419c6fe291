package org.dgsm.smpp.queue;

import org.dgsm.smpp.message.SmsId;

/** One change to the queue store; a list of them is applied in one transaction. */
public sealed interface StoreChange {

    record Insert(SmsRecord record) implements StoreChange {
    }

    /** Rewrites the mutable columns (state, attempts, times, error, SMSC message id) of an existing row. */
    record Update(SmsRecord record) implements StoreChange {
    }

    record Delete(SmsId id) implements StoreChange {
    }

    /** Remembers that a peer sent this id, so that a retransmission is recognised. */
    record MarkSeen(SmsId id, long at) implements StoreChange {
    }
}
