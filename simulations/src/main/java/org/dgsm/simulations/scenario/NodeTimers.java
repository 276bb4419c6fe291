package org.dgsm.simulations.scenario;

/**
 * Timers of the parts of a village that are modelled rather than run as production code, and the mslookup timing
 * each client uses.
 *
 * @param lookupMinDelayMillis      mslookup min-delay of the call and SMS lookups (dialplan default 1000)
 * @param lookupTimeoutMillis       mslookup timeout of the call and SMS lookups (dialplan default 1000)
 * @param lookupQueryRepeats        extra copies of each query sent while a lookup is open (0: production sends one)
 * @param lookupRepeatIntervalMillis time between those copies
 * @param homeLookupTimeoutMillis   the proxy's {@code gsup.hlr} lookup (osmo-hlr {@code mslookup/client/timeout},
 *                                  2000)
 * @param periodicLuMinutes         T3212: a phone repeats its location update this often
 * @param luTimeoutMillis           how long the MSC waits for the Update Location result
 * @param luAttempts                attempts per location update before the phone gives up until the next trigger
 * @param luRetryMillis             wait between attempts (T3211, 15 s)
 * @param heldRequestBoundMillis    dgsm's proxy: a request for an unreachable home is answered (from the roaming
 *                                  cache or with an error) at the latest after this long ({@code answerBound}, 5 s)
 * @param cacheExpiryHours          dgsm's proxy: visitors not refreshed by home this long are forgotten
 *                                  ({@code dataExpiry}, 7 days)
 */
public record NodeTimers(long lookupMinDelayMillis, long lookupTimeoutMillis, int lookupQueryRepeats,
                         long lookupRepeatIntervalMillis, long homeLookupTimeoutMillis,
                         double periodicLuMinutes, long luTimeoutMillis, int luAttempts, long luRetryMillis,
                         long heldRequestBoundMillis, double cacheExpiryHours) {
}
