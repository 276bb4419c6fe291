package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.hlr.store.UnknownSubscriberException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purge MS (hlr-auc.md §4): sets {@code ms_purged_cs} (CN domain CS) or {@code ms_purged_ps} (PS, also when the CN
 * domain is absent). Like osmo-hlr it does not check that the purging VLR is the current one, and the serving VLR and
 * LU time stay, so mslookup keeps answering for the subscriber.
 */
final class PurgeMsHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeMsHandler.class);

    private final SubscriberStore store;

    PurgeMsHandler(SubscriberStore store) {
        this.store = store;
    }

    GsupMessage handle(ReceivedMessage received) {
        GsupMessage request = received.message();
        CnDomain domain = CnDomains.of(request);
        try {
            store.setPurged(request.imsi(), domain, true);
        } catch (UnknownSubscriberException e) {
            LOG.debug("Purge MS for unknown IMSI {}", request.imsi());
            return GsupReplies.error(request, GmmCause.IMSI_UNKNOWN).build();
        } catch (RuntimeException e) {
            LOG.warn("Purge MS for IMSI {}: database failure: {}", request.imsi(), e.toString());
            return GsupReplies.error(request, GmmCause.NETWORK_FAILURE).build();
        }
        LOG.debug("Purged IMSI {} ({}) for {}", request.imsi(), domain, IpaNames.printable(received.source()));
        return GsupReplies.result(request).build();
    }
}
