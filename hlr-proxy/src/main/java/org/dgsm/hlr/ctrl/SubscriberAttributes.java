package org.dgsm.hlr.ctrl;

import java.util.Optional;
import java.util.Set;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;

/**
 * The variables under {@code subscriber.by-<selector>}: {@code info}, {@code info-aud}, {@code info-all} (read only),
 * {@code cs-enabled}, {@code ps-enabled}, {@code msisdn}, {@code aud2g}, {@code aud3g}; with osmo-hlr 1.5's
 * checks, order of checks and answers.
 */
final class SubscriberAttributes {

    static final Set<String> NAMES = Set.of(
            "info", "info-aud", "info-all", "cs-enabled", "ps-enabled", "msisdn", "aud2g", "aud3g");

    private static final String OK = "OK";
    private static final String READ_ONLY = "Read Only attribute";
    private static final int MSISDN_MAX_DIGITS = 15;
    private static final int KEY_HEX_DIGITS = 32;
    private static final int MAX_IND_BITLEN = 28;

    private final SubscriberStore store;
    private final SubscriberLookup lookup;

    SubscriberAttributes(SubscriberStore store, SubscriberLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    String get(String name, String selector) {
        return switch (name) {
            case "info" -> SubscriberText.info(lookup.find(selector));
            case "info-aud" -> SubscriberText.authInfo(readAuth(lookup.imsi(selector),
                    "Error retrieving authentication data."));
            case "info-all" -> {
                Subscriber subscriber = lookup.find(selector);
                StoredAuth auth = readAuth(subscriber.imsi(), "Error retrieving authentication data.");
                yield SubscriberText.info(subscriber) + SubscriberText.authInfo(auth);
            }
            case "cs-enabled" -> lookup.find(selector).namCs() ? "1" : "0";
            case "ps-enabled" -> lookup.find(selector).namPs() ? "1" : "0";
            case "msisdn" -> {
                String msisdn = lookup.find(selector).msisdn();
                yield msisdn == null || msisdn.isEmpty() ? "none" : msisdn;
            }
            case "aud2g" -> SubscriberText.aud2g(
                    readAuth(lookup.find(selector).imsi(), "Error retrieving data from database.").auth2g());
            case "aud3g" -> SubscriberText.aud3g(
                    readAuth(lookup.find(selector).imsi(), "Error retrieving data from database.").auth3g());
            default -> throw new IllegalArgumentException("not a subscriber attribute: " + name);
        };
    }

    /** Why a SET value is refused before anything is looked up, or empty if it passes (osmo's verify step). */
    Optional<String> verify(String name, String value) {
        if (name.startsWith("info")) {
            return Optional.of(READ_ONLY);
        }
        boolean valid = switch (name) {
            case "cs-enabled", "ps-enabled" -> value.equals("0") || value.equals("1");
            case "msisdn" -> value.length() <= MSISDN_MAX_DIGITS
                    && (value.equals("none") || CNumbers.isDigits(value, 1, MSISDN_MAX_DIGITS));
            case "aud2g", "aud3g" -> value.equalsIgnoreCase("none") || value.indexOf(',') >= 0;
            default -> throw new IllegalArgumentException("not a subscriber attribute: " + name);
        };
        return valid ? Optional.empty() : Optional.of("Value failed verification.");
    }

    /** Applies a verified value. */
    String set(String name, String selector, String value) {
        switch (name) {
            case "cs-enabled", "ps-enabled" -> setNetworkAccess(selector,
                    name.equals("cs-enabled") ? CnDomain.CS : CnDomain.PS, value.equals("1"));
            case "msisdn" -> setMsisdn(selector, value);
            case "aud2g" -> setAuth2g(selector, value);
            case "aud3g" -> setAuth3g(selector, value);
            default -> throw new IllegalArgumentException("not a settable subscriber attribute: " + name);
        }
        return OK;
    }

    private void setNetworkAccess(String selector, CnDomain domain, boolean allowed) {
        String imsi = lookup.imsi(selector);
        try {
            store.setNetworkAccess(imsi, domain, allowed);
        } catch (RuntimeException e) {
            // osmo-hlr leaves the answer text unset here, and libosmocore fills in its generic one
            throw new CtrlFailure(CtrlCommands.GENERIC_ERROR);
        }
    }

    private void setMsisdn(String selector, String value) {
        Subscriber subscriber = lookup.find(selector);
        try {
            store.updateMsisdn(subscriber.imsi(), value.equals("none") ? null : value);
        } catch (RuntimeException e) {
            throw new CtrlFailure("Update MSISDN failed");
        }
    }

    private void setAuth2g(String selector, String value) {
        Subscriber subscriber = lookup.find(selector);
        AuthValues.Requested2g requested = AuthValues.parse2g(value);
        String failed = "Update aud2g failed.";
        boolean suitable = switch (requested.algorithmId()) {
            case AuthValues.NONE, 1, 2, 3, AuthValues.XOR -> true;
            default -> false;
        };
        if (!suitable) {
            throw new CtrlFailure(failed);
        }
        try {
            if (requested.algorithmId() == AuthValues.NONE) {
                if (!store.clearAuth2g(subscriber.imsi())) {
                    throw new CtrlFailure(failed);
                }
                return;
            }
            if (!CNumbers.isHexString(requested.ki(), KEY_HEX_DIGITS, KEY_HEX_DIGITS)) {
                throw new CtrlFailure(failed);
            }
            store.setAuth2g(subscriber.imsi(), new AuthData2g(requested.algorithmId(), requested.ki()));
        } catch (CtrlFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CtrlFailure(failed);
        }
    }

    private void setAuth3g(String selector, String value) {
        Subscriber subscriber = lookup.find(selector);
        AuthValues.Requested3g requested = AuthValues.parse3g(value);
        String failed = "Update aud3g failed.";
        int algorithm = requested.algorithmId();
        if (algorithm != AuthValues.NONE && algorithm != AuthValues.XOR && algorithm != AuthValues.MILENAGE) {
            throw new CtrlFailure(failed);
        }
        try {
            if (algorithm == AuthValues.NONE) {
                if (!store.clearAuth3g(subscriber.imsi())) {
                    throw new CtrlFailure(failed);
                }
                return;
            }
            if (!CNumbers.isHexString(requested.k(), KEY_HEX_DIGITS, KEY_HEX_DIGITS)
                    || Integer.compareUnsigned(requested.indBitlen(), MAX_IND_BITLEN) > 0) {
                throw new CtrlFailure(failed);
            }
            store.setAuth3g(subscriber.imsi(), toStored(requested));
        } catch (CtrlFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CtrlFailure(failed);
        }
    }

    /**
     * What is stored for a 3G setting: SQN starts again at 0, as in osmo-hlr. XOR-3G uses neither OP nor OPc, so
     * the given one is dropped and the store writes its own placeholder (osmo-hlr 1.5's CTRL stores the given one).
     */
    private static AuthData3g toStored(AuthValues.Requested3g requested) {
        if (requested.algorithmId() == AuthValues.XOR) {
            return new AuthData3g(requested.algorithmId(), requested.k(), null, null, 0, requested.indBitlen());
        }
        return new AuthData3g(requested.algorithmId(), requested.k(),
                requested.isOp() ? requested.opOrOpc() : null,
                requested.isOp() ? null : requested.opOrOpc(), 0, requested.indBitlen());
    }

    private StoredAuth readAuth(String imsi, String failure) {
        try {
            return StoredAuth.read(store, imsi);
        } catch (StoredAuth.UnreadableException e) {
            throw new CtrlFailure(failure);
        }
    }
}
