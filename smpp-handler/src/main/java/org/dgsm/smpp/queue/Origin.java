package org.dgsm.smpp.queue;

/** Who handed a record to this village. */
public enum Origin {
    /** The local SMSC, by deliver_sm (an MO SMS or a receipt of the local MSC). */
    LOCAL_SMSC,
    /** Another village's handler, by submit_sm. */
    PEER
}
