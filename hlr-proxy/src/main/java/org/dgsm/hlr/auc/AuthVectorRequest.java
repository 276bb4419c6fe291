package org.dgsm.hlr.auc;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a Send-Authentication-Info asks the AuC for (hlr-auc.md §2): the subscriber's data,
 * the IND slot of the requesting VLR (before reduction to the subscriber's IND length), the
 * number of vectors, the optional resynchronisation pair (RAND of the rejected challenge and
 * AUTS, both as received, either may be null) and whether the E-UTRAN separation bit is set.
 */
public record AuthVectorRequest(SubscriberAuthData authData, long ind, int vectorCount, byte[] resyncRand,
        byte[] auts, boolean separationBit) {

    /** GSUP carries at most five auth tuples; osmo-hlr generates five unless asked for 1..5. */
    public static final int MAX_VECTORS = 5;

    public AuthVectorRequest {
        Objects.requireNonNull(authData, "authData");
        if (ind < 0 || ind > 0xffffffffL) {
            throw new IllegalArgumentException("IND must be an unsigned 32-bit value, got " + ind);
        }
        if (vectorCount < 1 || vectorCount > MAX_VECTORS) {
            throw new IllegalArgumentException("vector count must be 1.." + MAX_VECTORS + ", got " + vectorCount);
        }
        resyncRand = Bytes.cloneOrNull(resyncRand);
        auts = Bytes.cloneOrNull(auts);
    }

    /** A request without resynchronisation and without the separation bit. */
    public static AuthVectorRequest of(SubscriberAuthData authData, long ind, int vectorCount) {
        return new AuthVectorRequest(authData, ind, vectorCount, null, null, false);
    }

    /**
     * osmo-hlr's vector count for a SAI: the number-of-vectors IE if it is 1..5, otherwise (0 or
     * absent, or too large) five.
     */
    public static int vectorCountFromIe(int numVectorsIe) {
        return numVectorsIe >= 1 && numVectorsIe <= MAX_VECTORS ? numVectorsIe : MAX_VECTORS;
    }

    /** This request with the AUTS resynchronisation pair as received (either may be null). */
    public AuthVectorRequest withResync(byte[] rand, byte[] auts) {
        return new AuthVectorRequest(authData, ind, vectorCount, rand, auts, separationBit);
    }

    /** This request with the AMF separation bit set or not (set when the current RAT is E-UTRAN). */
    public AuthVectorRequest withSeparationBit(boolean set) {
        return new AuthVectorRequest(authData, ind, vectorCount, resyncRand, auts, set);
    }

    @Override
    public byte[] resyncRand() {
        return Bytes.cloneOrNull(resyncRand);
    }

    @Override
    public byte[] auts() {
        return Bytes.cloneOrNull(auts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthVectorRequest r && authData.equals(r.authData) && ind == r.ind
                && vectorCount == r.vectorCount && Arrays.equals(resyncRand, r.resyncRand)
                && Arrays.equals(auts, r.auts) && separationBit == r.separationBit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(authData, ind, vectorCount, Arrays.hashCode(resyncRand),
                Arrays.hashCode(auts), separationBit);
    }

    @Override
    public String toString() {
        return "AuthVectorRequest[authData=" + authData + ", ind=" + ind + ", vectorCount=" + vectorCount
                + ", resync=" + (resyncRand != null || auts != null) + ", separationBit=" + separationBit + "]";
    }
}
