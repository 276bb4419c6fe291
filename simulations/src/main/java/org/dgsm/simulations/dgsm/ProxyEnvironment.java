package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GsupMessage;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** What the modelled proxy needs from its village and the network. */
interface ProxyEnvironment {

    long now();

    void schedule(long delayMillis, Runnable action);

    /** Looks up {@code gsup.hlr.<imsi>.imsi}; the result is the home village, or empty after the timeout. */
    void findHome(String imsi, Consumer<OptionalInt> result);

    /** Opens (or reuses) the GSUP client connection to {@code home}'s HLR; {@code up} hears whether it came up. */
    void connectHome(int home, Consumer<Boolean> up);

    /** Sends on the connection to {@code home} (which must be up; a message on a broken connection is lost). */
    void sendHome(int home, GsupMessage message);

    /** Delivers messages to peers connected to this village's GSUP server (its MSC). */
    void toLocalPeers(List<GsupSend> sends);
}
