package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.gsup.GsupMessage;

import java.util.Map;

/**
 * The D-GSM proxy of one village as the simulator drives it: the village's GSUP handler (in front of its HLR core),
 * plus what arrives from home HLRs over the village's GSUP client links.
 */
interface VillageProxy {

    /** What the village's GSUP server hands every message to. */
    GsupHandler handler();

    /** A message from the home HLR in village {@code home}. */
    void onHomeMessage(int home, GsupMessage message);

    /** The client link to village {@code home} broke. */
    void onHomeLinkDown(int home);

    /** Adds this proxy's counters to {@code counters} (summing with other villages'). */
    void addCounters(Map<String, Long> counters);
}
