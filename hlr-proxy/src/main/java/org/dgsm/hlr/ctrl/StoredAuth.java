package org.dgsm.hlr.ctrl;

import java.util.Locale;
import java.util.Optional;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.StoreException;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;

/**
 * A subscriber's auth data as osmo-hlr 1.5 reads it for its CTRL answers: a 2G row it cannot parse is left out, a 3G
 * row it cannot parse makes the whole read fail, an unknown IMSI reads as no data. Keys are lower-case hex.
 *
 * <p>One deliberate difference: an XOR-3G row without OP and OPc (XOR-3G uses neither; older dgsm-node files hold
 * such rows) reads as OPc = 32 zeros, the placeholder osmo-hlr's VTY writes; osmo-hlr 1.5 refuses to read such a row.
 *
 * @param auth2g usable 2G data, or null
 * @param auth3g usable 3G data (exactly one of op/opc set), or null
 */
record StoredAuth(AuthData2g auth2g, AuthData3g auth3g) {

    static final StoredAuth NONE = new StoredAuth(null, null);
    private static final int KEY_HEX_DIGITS = 32;
    private static final String ZERO_OPC = "0".repeat(KEY_HEX_DIGITS);

    /** Auth data that osmo-hlr 1.5 could not read (or a store failure). */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message, null, false, false);
        }
    }

    static StoredAuth read(SubscriberStore store, String imsi) throws UnreadableException {
        try {
            Optional<Subscriber> subscriber = store.findByImsi(imsi);
            if (subscriber.isEmpty()) {
                return NONE;
            }
            long id = subscriber.get().id();
            AuthData2g auth2g = store.findAuth2g(id).flatMap(StoredAuth::usable2g).orElse(null);
            AuthData3g auth3g = null;
            Optional<AuthData3g> row3g = store.findAuth3g(id);
            if (row3g.isPresent()) {
                auth3g = usable3g(row3g.get());
            }
            return new StoredAuth(auth2g, auth3g);
        } catch (StoreException | IllegalStateException e) {
            throw new UnreadableException(e.getMessage());
        }
    }

    boolean isEmpty() {
        return auth2g == null && auth3g == null;
    }

    /** osmo's name of an algorithm id (libosmocore 1.7 knows ids 1 to 5). */
    static String algorithmName(int id) {
        return switch (id) {
            case 0 -> "None";
            case 1 -> "COMP128v1";
            case 2 -> "COMP128v2";
            case 3 -> "COMP128v3";
            case 4 -> "XOR";
            case 5 -> "MILENAGE";
            default -> String.format("unknown 0x%x", id);
        };
    }

    private static Optional<AuthData2g> usable2g(AuthData2g row) {
        if (row.algorithmId() == 0 || !isKey(row.ki())) {
            return Optional.empty();
        }
        return Optional.of(new AuthData2g(row.algorithmId(), lower(row.ki())));
    }

    private static AuthData3g usable3g(AuthData3g row) throws UnreadableException {
        if (row.algorithmId() == 0) {
            return null;
        }
        if (!isKey(row.k())) {
            throw new UnreadableException("3G K is not " + KEY_HEX_DIGITS + " hex digits");
        }
        String op = null;
        String opc = null;
        if (row.op() != null) {
            op = requireKey("OP", row.op());
        } else if (row.opc() != null) {
            opc = requireKey("OPc", row.opc());
        } else if (row.algorithmId() == AuthAlgorithm.XOR_3G.id()) {
            opc = ZERO_OPC;
        } else {
            throw new UnreadableException("3G data has neither OP nor OPc");
        }
        return new AuthData3g(row.algorithmId(), lower(row.k()), op, opc, row.sqn(), row.indBitlen());
    }

    private static String requireKey(String what, String hex) throws UnreadableException {
        if (!isKey(hex)) {
            throw new UnreadableException("3G " + what + " is not " + KEY_HEX_DIGITS + " hex digits");
        }
        return lower(hex);
    }

    private static boolean isKey(String hex) {
        return CNumbers.isHexString(hex, KEY_HEX_DIGITS, KEY_HEX_DIGITS);
    }

    private static String lower(String hex) {
        return hex.toLowerCase(Locale.ROOT);
    }
}
