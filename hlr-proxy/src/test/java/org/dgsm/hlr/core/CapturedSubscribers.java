package org.dgsm.hlr.core;

import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;

/** The subscribers of the osmo-hlr 1.5.0 captures (gsup_vectors.txt section B, auc_vectors.txt section H). */
final class CapturedSubscribers {

    /** At hlr-B: MSISDN 2001, COMP128v1. */
    static final String IMSI_B = "901700000024701";
    /** At hlr-B: no MSISDN. */
    static final String IMSI_B_NO_MSISDN = "901700000024702";
    /** At hlr-A: MSISDN 1001, COMP128v1 and MILENAGE. */
    static final String IMSI_A = "901700000014701";

    static final String KI = "eb215756028d60e3275e613320aec880";
    static final String OPC = "fb2a3d1b360f599abab99db8669f8308";

    private CapturedSubscribers() {
    }

    static Subscriber addHlrBSubscribers(SubscriberStore store) {
        store.createWithAuth(IMSI_B_NO_MSISDN, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        return store.createWithAuth(IMSI_B, "2001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
    }

    static Subscriber addHlrASubscriber(SubscriberStore store) {
        return store.createWithAuth(IMSI_A, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                AuthData3g.milenageWithOpc(KI, OPC));
    }
}
