package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.CnDomain;

/**
 * An Update Location waiting for the Insert Subscriber Data result of its VLR/SGSN (osmo state
 * {@code WAIT_INSERT_DATA_RESULT}).
 *
 * @param sequence       start order, newest highest
 * @param request        the Update Location request (answers echo it)
 * @param source         its original sender, where the answer goes
 * @param deadlineMillis when it fails with a timeout
 */
record PendingLocationUpdate(long sequence, GsupMessage request, Octets source, CnDomain domain,
                             long deadlineMillis) {

    String imsi() {
        return request.imsi();
    }
}
