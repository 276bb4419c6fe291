package org.dgsm.hlr.ctrl;

import java.util.Optional;
import java.util.Set;
import org.dgsm.hlr.store.DuplicateSubscriberException;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;

/**
 * {@code SET subscriber.create <IMSI>} and {@code SET subscriber.delete <IMSI>} (write only), both answering with the
 * subscriber's id, as osmo-hlr 1.5 does.
 */
final class SubscriberListCommands {

    static final Set<String> NAMES = Set.of("create", "delete");

    private static final String INVALID_IMSI = "Invalid IMSI value.";

    private final SubscriberStore store;

    SubscriberListCommands(SubscriberStore store) {
        this.store = store;
    }

    String set(String name, String imsi) {
        if (!CNumbers.isDigits(imsi, 6, 15)) {
            throw new CtrlFailure(INVALID_IMSI);
        }
        return switch (name) {
            case "create" -> create(imsi);
            case "delete" -> delete(imsi);
            default -> throw new IllegalArgumentException("not a subscriber list command: " + name);
        };
    }

    private String create(String imsi) {
        try {
            return Long.toUnsignedString(store.create(imsi).id());
        } catch (DuplicateSubscriberException e) {
            throw new CtrlFailure("Subscriber already exists.");
        } catch (RuntimeException e) {
            throw new CtrlFailure("Cannot create subscriber.");
        }
    }

    private String delete(String imsi) {
        Optional<Subscriber> existing;
        try {
            existing = store.findByImsi(imsi);
        } catch (RuntimeException e) {
            existing = Optional.empty();
        }
        if (existing.isEmpty()) {
            throw new CtrlFailure("Subscriber doesn't exist.");
        }
        try {
            return Long.toUnsignedString(store.delete(imsi).id());
        } catch (RuntimeException e) {
            throw new CtrlFailure("Cannot delete subscriber.");
        }
    }
}
