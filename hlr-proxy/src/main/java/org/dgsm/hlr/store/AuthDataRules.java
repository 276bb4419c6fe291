package org.dgsm.hlr.store;

import java.util.Locale;
import java.util.Objects;

/**
 * What the store accepts as auth data, following osmo-hlr's provisioning rules (hlr-auc.md §1.2–1.5):
 * <ul>
 *   <li>2G: COMP128v1/v2/v3, XOR-3G (osmo-hlr 1.5's 2G "xor") or XOR-2G, Ki of 16 bytes;</li>
 *   <li>3G: XOR-3G with a 16-byte K and no OP/OPc; MILENAGE with a 16-byte K and exactly one of OP/OPc of 16 bytes;
 *       TUAK with a 16- or 32-byte K and exactly one of OP/OPc of 32 bytes;</li>
 *   <li>SQN within 48 bits, IND bit length 0 to 28;</li>
 *   <li>keys wider than 16 bytes only in schema-7 files: schema 6 (osmo-hlr 1.5) declares the columns 32 hex digits
 *       wide and osmo-hlr 1.5 cannot use longer keys.</li>
 * </ul>
 * Hex digits are accepted in either case and stored lower-case.
 */
final class AuthDataRules {

    static final long MAX_SQN = (1L << 48) - 1;
    static final int MAX_IND_BITLEN = 28;
    private static final int NARROW_HEX_DIGITS = 32;
    private static final int WIDE_HEX_DIGITS = 64;

    private AuthDataRules() {
    }

    /** Validates 2G data and returns it with lower-case hex. */
    static AuthData2g validate2g(AuthData2g data) {
        Objects.requireNonNull(data, "2G auth data");
        AuthAlgorithm algorithm = AuthAlgorithm.fromId(data.algorithmId())
                .filter(AuthAlgorithm::isAllowedFor2g)
                .orElseThrow(() -> new IllegalArgumentException("algorithm id " + data.algorithmId()
                        + " is not a 2G algorithm (allowed: 1 COMP128v1, 2 COMP128v2, 3 COMP128v3, 4 XOR-3G, 6 XOR-2G)"));
        String ki = requireHex(algorithm.displayName() + " Ki", data.ki(), NARROW_HEX_DIGITS, NARROW_HEX_DIGITS);
        return new AuthData2g(algorithm.id(), ki);
    }

    /** Validates 3G data for a file of the given osmo-hlr schema version and returns it with lower-case hex. */
    private static boolean nullOrZeros(String hex) {
        return hex == null || hex.matches("0+");
    }

    static AuthData3g validate3g(AuthData3g data, int osmoSchemaVersion) {
        Objects.requireNonNull(data, "3G auth data");
        AuthAlgorithm algorithm = AuthAlgorithm.fromId(data.algorithmId())
                .filter(AuthAlgorithm::isAllowedFor3g)
                .orElseThrow(() -> new IllegalArgumentException("algorithm id " + data.algorithmId()
                        + " is not a 3G algorithm (allowed: 4 XOR-3G, 5 MILENAGE, 7 TUAK)"));
        String name = algorithm.displayName();
        String k;
        String op = null;
        String opc = null;
        switch (algorithm) {
            case XOR_3G -> {
                k = requireHex(name + " K", data.k(), NARROW_HEX_DIGITS, NARROW_HEX_DIGITS);
                if (!nullOrZeros(data.op()) || !nullOrZeros(data.opc())) {
                    throw new IllegalArgumentException("XOR-3G takes no OP or OPc");
                }
                // what osmo-hlr's VTY stores for XOR-3G; osmo-hlr 1.5 refuses to compute from a row whose OPc is NULL
                opc = "0".repeat(NARROW_HEX_DIGITS);
            }
            case MILENAGE, TUAK -> {
                int opDigits = algorithm == AuthAlgorithm.TUAK ? WIDE_HEX_DIGITS : NARROW_HEX_DIGITS;
                int maxKDigits = algorithm == AuthAlgorithm.TUAK ? WIDE_HEX_DIGITS : NARROW_HEX_DIGITS;
                k = requireHex(name + " K", data.k(), NARROW_HEX_DIGITS, maxKDigits);
                if ((data.op() == null) == (data.opc() == null)) {
                    throw new IllegalArgumentException(name + " needs exactly one of OP and OPc, got "
                            + (data.op() == null ? "neither" : "both"));
                }
                if (data.op() != null) {
                    op = requireHex(name + " OP", data.op(), opDigits, opDigits);
                } else {
                    opc = requireHex(name + " OPc", data.opc(), opDigits, opDigits);
                }
            }
            default -> throw new AssertionError(algorithm);
        }
        if (data.sqn() < 0 || data.sqn() > MAX_SQN) {
            throw new IllegalArgumentException("SQN must be within 0 to 2^48-1, got " + data.sqn());
        }
        if (data.indBitlen() < 0 || data.indBitlen() > MAX_IND_BITLEN) {
            throw new IllegalArgumentException(
                    "IND bit length must be 0 to " + MAX_IND_BITLEN + ", got " + data.indBitlen());
        }
        if (osmoSchemaVersion < 7) {
            requireNarrow(name + " K", k, osmoSchemaVersion);
            requireNarrow(name + " OP", op, osmoSchemaVersion);
            requireNarrow(name + " OPc", opc, osmoSchemaVersion);
        }
        return new AuthData3g(algorithm.id(), k, op, opc, data.sqn(), data.indBitlen());
    }

    static void requireSqn(long sqn) {
        if (sqn < 0 || sqn > MAX_SQN) {
            throw new IllegalArgumentException("SQN must be within 0 to 2^48-1, got " + sqn);
        }
    }

    private static void requireNarrow(String what, String hex, int osmoSchemaVersion) {
        if (hex != null && hex.length() > NARROW_HEX_DIGITS) {
            throw new IllegalArgumentException(what + " is " + hex.length() * 4 + " bits, but this file has osmo-hlr"
                    + " schema " + osmoSchemaVersion + " (osmo-hlr 1.5), which stores keys of at most 128 bits"
                    + " (32 hex digits); 256-bit keys need a schema-7 file (osmo-hlr 1.9)");
        }
    }

    private static String requireHex(String what, String value, int minDigits, int maxDigits) {
        Objects.requireNonNull(value, what);
        boolean lengthOk = value.length() == minDigits || value.length() == maxDigits;
        if (!lengthOk || !isHex(value)) {
            String lengths = minDigits == maxDigits ? String.valueOf(minDigits) : minDigits + " or " + maxDigits;
            throw new IllegalArgumentException(what + " must be " + lengths + " hex digits, got "
                    + (isHex(value) ? value.length() + " hex digits"
                    : "'" + SubscriberIdentifiers.printable(value) + "'"));
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
