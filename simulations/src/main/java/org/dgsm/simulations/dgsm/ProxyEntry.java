package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.gsup.GsupMessage;

import java.util.ArrayList;
import java.util.List;

/** The proxy's RAM state for one foreign IMSI (dgsm-proxy.md §5), plus the requests waiting for its home. */
final class ProxyEntry {

    final String imsi;
    String msisdn;
    int home = -1;
    boolean lookingUp;
    boolean connecting;
    String preliminaryCsVlr;
    String csVlr;
    long csLocationUpdateMillis = -1;
    long lastUpdateMillis;
    /** Requests from the MSC, Source-Name already set, in arrival order. */
    final List<GsupMessage> queue = new ArrayList<>(2);

    ProxyEntry(String imsi, long nowMillis) {
        this.imsi = imsi;
        this.lastUpdateMillis = nowMillis;
    }
}
