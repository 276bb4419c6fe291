package org.dgsm.smpp;

import org.dgsm.smpp.queue.RouterCounters;

/**
 * A snapshot for {@code dgsm status}.
 *
 * @param smscBound          the ESME is bound to the local SMSC
 * @param villagesBoundToUs  other villages' binds to our server
 * @param bindsToVillages    our binds to other villages
 * @param queued             records waiting for (or in) a delivery attempt
 * @param awaitingReceipt    records handed on and waiting for their receipt
 * @param malformedPdus      malformed PDUs received on any link
 */
public record SmsHandlerStatus(boolean smscBound, int villagesBoundToUs, int bindsToVillages, int queued,
                               int awaitingReceipt, long malformedPdus, RouterCounters counters) {
}
