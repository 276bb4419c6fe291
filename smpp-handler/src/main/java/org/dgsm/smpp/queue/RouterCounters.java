package org.dgsm.smpp.queue;

/**
 * What the router has done since it started.
 *
 * @param accepted           messages and receipts taken over from the local SMSC or a peer (stored, acknowledged)
 * @param duplicates         retransmissions from peers recognised by their id and not delivered again
 * @param forwarded          messages and receipts a peer village accepted
 * @param submittedLocally   messages and receipts the local SMSC accepted
 * @param receiptsMatched    receipts of the local SMSC matched to the message they report on
 * @param receiptsUnmatched  receipts of the local SMSC that matched nothing (acknowledged and dropped)
 * @param failureReports     failure reports created for messages given up (expired or permanently rejected)
 * @param attemptsFailed     attempts that failed and were rescheduled
 * @param rejected           messages refused at intake (bad destination, bad TLV, store failure)
 */
public record RouterCounters(long accepted, long duplicates, long forwarded, long submittedLocally,
                             long receiptsMatched, long receiptsUnmatched, long failureReports, long attemptsFailed,
                             long rejected) {
}
