package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Check IMEI (hlr-auc.md §5): the IMEI must be 14 digits with osmo's inner length octet; with {@code store-imei} it
 * is written to the subscriber, otherwise the subscriber must merely exist. Every accepted IMEI gets the result ACK
 * (osmo-hlr has no blacklist); every failure is error cause 0x60.
 */
final class CheckImeiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CheckImeiHandler.class);
    private static final int IMEI_ACK = 0;

    private final SubscriberStore store;
    private final boolean storeImei;

    CheckImeiHandler(SubscriberStore store, boolean storeImei) {
        this.store = store;
        this.storeImei = storeImei;
    }

    GsupMessage handle(ReceivedMessage received) {
        GsupMessage request = received.message();
        Optional<String> imei = NumberIe.imei(request.imei());
        if (imei.isEmpty()) {
            LOG.debug("Check IMEI for IMSI {}: missing or invalid IMEI {}", request.imsi(), request.imei());
            return invalid(request);
        }
        try {
            if (storeImei) {
                store.updateImei(request.imsi(), imei.get());
            } else if (store.findByImsi(request.imsi()).isEmpty()) {
                LOG.debug("Check IMEI for unknown IMSI {}", request.imsi());
                return invalid(request);
            }
        } catch (RuntimeException e) {
            LOG.debug("Check IMEI for IMSI {}: cannot store the IMEI: {}", request.imsi(), e.toString());
            return invalid(request);
        }
        LOG.debug("IMSI {} has IMEI {}", request.imsi(), imei.get());
        return GsupReplies.result(request).imeiResult(IMEI_ACK).build();
    }

    private static GsupMessage invalid(GsupMessage request) {
        return GsupReplies.error(request, GmmCause.INVALID_MANDATORY_INFO).build();
    }
}
