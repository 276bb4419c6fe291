package org.dgsm.smpp.queue;

/** What a queued record carries. */
public enum RecordKind {
    /** A short message from a subscriber. */
    MESSAGE,
    /** A delivery receipt (or failure report) on its way back to the sender. */
    RECEIPT
}
