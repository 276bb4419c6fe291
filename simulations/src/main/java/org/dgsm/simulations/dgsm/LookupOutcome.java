package org.dgsm.simulations.dgsm;

import org.dgsm.mslookup.wire.MslookupResult;

/**
 * How one mslookup ended for its caller: the youngest result the client engine reported (null when it reported
 * not-found), how long the caller waited, and when that youngest answer had arrived (-1 without one).
 */
record LookupOutcome(MslookupResult best, long latencyMillis, long answerMillis) {
}
