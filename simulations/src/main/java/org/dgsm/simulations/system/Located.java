package org.dgsm.simulations.system;

/**
 * The answer a system gives to "where is this subscriber's service?".
 *
 * @param village       the village the answer points at, or -1 when nothing was found
 * @param latencyMillis how long the lookup took (what the caller waits)
 * @param answerMillis  when the answer that won arrived, counted from the start; -1 when nothing was found. With
 *                      mslookup's min-delay the caller waits longer than this.
 */
public record Located(int village, long latencyMillis, long answerMillis) {

    public boolean found() {
        return village >= 0;
    }
}
