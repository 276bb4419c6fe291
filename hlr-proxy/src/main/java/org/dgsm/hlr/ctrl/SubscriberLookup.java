package org.dgsm.hlr.ctrl;

import java.util.Optional;
import java.util.OptionalLong;
import org.dgsm.hlr.store.StoreException;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;

/**
 * Finds the subscriber a {@code by-imsi-<IMSI>}, {@code by-msisdn-<MSISDN>} or {@code by-id-<id>} selector names,
 * failing with osmo-hlr's texts.
 */
final class SubscriberLookup {

    static final String BY_IMSI = "by-imsi-";
    static final String BY_MSISDN = "by-msisdn-";
    static final String BY_ID = "by-id-";

    private static final String NOT_A_SELECTOR = "Not a known subscriber 'by-xxx-' selector.";
    private static final String INVALID_VALUE = "Invalid value part of 'by-xxx-value' selector.";
    private static final String NOT_FOUND = "No such subscriber.";
    private static final String STORE_FAILED = "An unknown error has occurred during get_subscriber().";

    private final SubscriberStore store;

    SubscriberLookup(SubscriberStore store) {
        this.store = store;
    }

    /** The subscriber named by the selector; fails if the selector is malformed or names nobody. */
    Subscriber find(String selector) {
        Optional<Subscriber> found;
        try {
            found = lookUp(selector);
        } catch (CtrlFailure e) {
            throw e;
        } catch (StoreException | IllegalStateException e) {
            // a database failure, or a store already closed
            throw new CtrlFailure(STORE_FAILED);
        }
        return found.orElseThrow(() -> new CtrlFailure(NOT_FOUND));
    }

    /**
     * The IMSI a selector stands for. Like osmo-hlr, a {@code by-imsi-} selector is taken at its word without a
     * lookup or a check, so commands that use this see an unknown or malformed IMSI only later, in their own way.
     */
    String imsi(String selector) {
        if (selector.startsWith(BY_IMSI)) {
            return selector.substring(BY_IMSI.length());
        }
        return find(selector).imsi();
    }

    private Optional<Subscriber> lookUp(String selector) {
        if (selector.startsWith(BY_IMSI)) {
            String imsi = selector.substring(BY_IMSI.length());
            requireValid(CNumbers.isDigits(imsi, 6, 15));
            return store.findByImsi(imsi);
        }
        if (selector.startsWith(BY_MSISDN)) {
            String msisdn = selector.substring(BY_MSISDN.length());
            requireValid(CNumbers.isDigits(msisdn, 1, 15));
            return store.findByMsisdn(msisdn);
        }
        if (selector.startsWith(BY_ID)) {
            String digits = selector.substring(BY_ID.length());
            OptionalLong id = digits.startsWith("+") ? OptionalLong.empty() : CNumbers.wholeLong(digits);
            requireValid(id.isPresent());
            return store.findById(id.getAsLong());
        }
        throw new CtrlFailure(NOT_A_SELECTOR);
    }

    private static void requireValid(boolean valid) {
        if (!valid) {
            throw new CtrlFailure(INVALID_VALUE);
        }
    }
}
