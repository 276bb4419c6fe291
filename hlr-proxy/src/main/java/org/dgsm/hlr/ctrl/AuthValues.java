package org.dgsm.hlr.ctrl;

import java.util.List;

/**
 * Reads the values of {@code SET ...aud2g} ({@code none} or {@code <algo>,<Ki>}) and {@code SET ...aud3g}
 * ({@code none} or {@code <algo>,<K>,op|opc,<OP/OPc>[,<IND bit length>]}) the way osmo-hlr 1.5 does, with its error
 * texts. Algorithm names ignore case: none, comp128v1, comp128v2, comp128v3, xor, milenage. The key lengths checked
 * here are the algorithm's (XOR takes 12 to 16 bytes); the stricter rules of the database (16 bytes, algorithm fits
 * 2G or 3G) are applied when storing.
 */
final class AuthValues {

    static final int NONE = 0;
    static final int XOR = 4;
    static final int MILENAGE = 5;
    static final int DEFAULT_IND_BITLEN = 5;

    private record Algorithm(String name, int id, int minKeyBytes, int maxKeyBytes) {
    }

    private static final List<Algorithm> ALGORITHMS = List.of(
            new Algorithm("none", NONE, 0, 0),
            new Algorithm("comp128v1", 1, 16, 16),
            new Algorithm("comp128v2", 2, 16, 16),
            new Algorithm("comp128v3", 3, 16, 16),
            new Algorithm("xor", XOR, 12, 16),
            new Algorithm("milenage", MILENAGE, 16, 16));

    private static final int OP_HEX_DIGITS = 32;

    /** A requested 2G setting; algorithm {@link #NONE} removes the data. */
    record Requested2g(int algorithmId, String ki) {
    }

    /** A requested 3G setting; algorithm {@link #NONE} removes the data. */
    record Requested3g(int algorithmId, String k, boolean isOp, String opOrOpc, int indBitlen) {
    }

    private AuthValues() {
    }

    static Requested2g parse2g(String value) {
        CTokenizer parts = new CTokenizer(value);
        String name = parts.next(",");
        if (name == null) {
            throw new CtrlFailure("Invalid format");
        }
        Algorithm algorithm = algorithm(name);
        if (algorithm.id() == NONE) {
            return new Requested2g(NONE, null);
        }
        String ki = parts.rest();
        if (ki == null) {
            throw new CtrlFailure("Invalid format.");
        }
        if (!CNumbers.isHexString(ki, algorithm.minKeyBytes() * 2, algorithm.maxKeyBytes() * 2)) {
            throw new CtrlFailure("Invalid KI.");
        }
        return new Requested2g(algorithm.id(), ki);
    }

    static Requested3g parse3g(String value) {
        CTokenizer parts = new CTokenizer(value);
        String name = parts.next(",");
        if (name == null) {
            throw new CtrlFailure("Invalid format.");
        }
        Algorithm algorithm = algorithm(name);
        if (algorithm.id() == NONE) {
            return new Requested3g(NONE, null, false, null, DEFAULT_IND_BITLEN);
        }
        String k = parts.next(",");
        if (k == null) {
            throw new CtrlFailure("Invalid format.");
        }
        if (!CNumbers.isHexString(k, algorithm.minKeyBytes() * 2, algorithm.maxKeyBytes() * 2)) {
            throw new CtrlFailure("Invalid KI.");
        }
        String mode = parts.next(",");
        boolean isOp;
        if (mode != null && mode.equalsIgnoreCase("op")) {
            isOp = true;
        } else if (mode != null && mode.equalsIgnoreCase("opc")) {
            isOp = false;
        } else {
            throw new CtrlFailure("Invalid format.");
        }
        boolean indBitlenFollows = parts.remaining().indexOf(',') >= 0;
        String opOrOpc = indBitlenFollows ? parts.next(",") : parts.rest();
        if (opOrOpc == null) {
            throw new CtrlFailure("Invalid format.");
        }
        if (!CNumbers.isHexString(opOrOpc, OP_HEX_DIGITS, OP_HEX_DIGITS)) {
            throw new CtrlFailure("Invalid OP/OPC.");
        }
        int indBitlen = DEFAULT_IND_BITLEN;
        if (indBitlenFollows) {
            String bits = parts.rest();
            if (bits == null) {
                throw new CtrlFailure("Invalid format.");
            }
            indBitlen = CNumbers.atoi(bits);
        }
        return new Requested3g(algorithm.id(), k, isOp, opOrOpc, indBitlen);
    }

    private static Algorithm algorithm(String name) {
        for (Algorithm algorithm : ALGORITHMS) {
            if (algorithm.name().equalsIgnoreCase(name)) {
                return algorithm;
            }
        }
        throw new CtrlFailure("Unknown auth algorithm.");
    }
}
