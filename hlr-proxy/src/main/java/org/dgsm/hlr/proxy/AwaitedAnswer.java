package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;

/**
 * A request sent to a home HLR whose final answer is still due. Home answers with Destination-Name = the
 * Source-Name we sent ({@code vlr}), which is how an answer finds its request.
 */
record AwaitedAnswer(Purpose purpose, HeldRequest request, Octets vlr, HomeAddress home, long deadline) {

    enum Purpose {
        /** A VLR's request: the answer is relayed to the VLR. */
        RELAY,
        /** Our own Send Auth Info for the tuple stock: the answer is kept. */
        REFILL,
        /** Our own Update Location telling home about an attach served from the cache: the answer is absorbed. */
        HOME_SYNC
    }

    String imsi() {
        return request.imsi();
    }

    int requestType() {
        return request.message().messageType();
    }

    AwaitedAnswer withDeadline(long value) {
        return new AwaitedAnswer(purpose, request, vlr, home, value);
    }
}
