package org.dgsm.hlr.auc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * osmo-hlr's vector computation for Send-Authentication-Info (hlr-auc.md §2.2–2.5):
 * <ul>
 *   <li>2G only: GSM triplets from the 2G algorithm;</li>
 *   <li>3G only: quintets, SRES = c2(RES), Kc = c3(CK, IK);</li>
 *   <li>2G and 3G: quintets, SRES and Kc from the 2G algorithm on the same RAND.</li>
 * </ul>
 * Each vector gets a fresh RAND. MILENAGE and TUAK advance SQN = SEQ || IND per vector;
 * XOR-3G keeps the stored SQN. AMF is 0000, or 8000 with the separation bit. An AUTS/RAND pair
 * resynchronises SQN before the first vector.
 *
 * <p>Stateless apart from the random source; the caller stores
 * {@link AuthVectorResult#sqnToStore()}. Thread-safe if the random source is.
 */
public final class AuthVectorGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(AuthVectorGenerator.class);
    private static final byte[] AMF = {0x00, 0x00};
    private static final byte[] AMF_SEPARATION_BIT = {(byte) 0x80, 0x00};

    private final RandSource randSource;

    public AuthVectorGenerator(RandSource randSource) {
        this.randSource = Objects.requireNonNull(randSource, "randSource");
    }

    /**
     * Computes the requested vectors. If a vector after the first cannot be computed, the
     * vectors so far are returned (osmo-hlr sends them).
     *
     * @throws AucException when not a single vector can be produced; its reason carries the
     *     GSUP cause for the SAI Error
     */
    public AuthVectorResult generate(AuthVectorRequest request) throws AucException {
        SubscriberAuthData data = request.authData();
        if (!data.hasAny()) {
            throw new AucException(AucException.Reason.NO_AUTH_DATA, "subscriber has neither 2G nor 3G data");
        }
        byte[] resyncRand = request.resyncRand();
        byte[] auts = request.auts();
        if ((resyncRand == null) != (auts == null)) {
            throw new AucException(AucException.Reason.INCOMPLETE_RESYNC,
                    "resynchronisation needs both AUTS and RAND, got only " + (auts == null ? "RAND" : "AUTS"));
        }
        if (auts != null && data.auth3g() == null) {
            throw new AucException(AucException.Reason.RESYNC_WITHOUT_3G_DATA,
                    "AUTS received for a subscriber without 3G data");
        }
        UmtsSession umts = null;
        if (data.auth3g() != null) {
            umts = UmtsSession.open(data.auth3g(), request.ind(), request.separationBit() ? AMF_SEPARATION_BIT : AMF);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Computing {} vector(s): {}{}", request.vectorCount(),
                    data.auth3g() == null ? "2G only" : data.auth2g() == null ? "3G only" : "3G + separate 2G",
                    auts != null ? ", with AUTS resync" : "");
        }

        List<AuthVector> vectors = new ArrayList<>(request.vectorCount());
        for (int i = 0; i < request.vectorCount(); i++) {
            try {
                byte[] rand = nextRand();
                if (umts != null && i == 0 && auts != null) {
                    umts.resync(resyncRand, auts);
                }
                vectors.add(vector(data.auth2g(), umts, rand));
            } catch (AucException e) {
                if (vectors.isEmpty()) {
                    throw e;
                }
                LOG.warn("Vector {} of {} failed ({}); returning the {} computed so far", i + 1,
                        request.vectorCount(), e.getMessage(), vectors.size());
                break;
            }
        }
        return new AuthVectorResult(vectors, umts == null ? OptionalLong.empty() : OptionalLong.of(umts.sqn()));
    }

    private static AuthVector vector(Auth2gData auth2g, UmtsSession umts, byte[] rand) {
        if (umts == null) {
            A3A8Output gsm = a3a8(auth2g, rand);
            return AuthVector.gsm(rand, gsm.sres(), gsm.kc());
        }
        UmtsSession.UmtsPart u = umts.next(rand);
        byte[] sres;
        byte[] kc;
        if (auth2g != null) {
            A3A8Output gsm = a3a8(auth2g, rand);
            sres = gsm.sres();
            kc = gsm.kc();
        } else {
            sres = UmtsToGsm.c2(u.res());
            kc = UmtsToGsm.c3(u.ck(), u.ik());
        }
        return new AuthVector(rand, sres, kc, u.ik(), u.ck(), u.autn(), u.res());
    }

    private static A3A8Output a3a8(Auth2gData auth2g, byte[] rand) {
        byte[] ki = auth2g.ki();
        return switch (auth2g.algorithm()) {
            case COMP128V1 -> Comp128v1.compute(ki, rand);
            case COMP128V2 -> Comp128v2.compute(ki, rand);
            case COMP128V3 -> Comp128v3.compute(ki, rand);
            case XOR_2G -> Xor2g.compute(ki, rand);
            case XOR_3G -> Xor3g.gsm(ki, rand);
            // Auth2gData admits 2G-capable algorithms only.
            case NONE, MILENAGE, TUAK -> throw new IllegalStateException(auth2g.algorithm() + " is not a 2G algorithm");
        };
    }

    private byte[] nextRand() throws AucException {
        byte[] rand;
        try {
            rand = randSource.nextRand();
        } catch (RuntimeException e) {
            throw new AucException(AucException.Reason.RAND_UNAVAILABLE, "random source failed: " + e);
        }
        if (rand == null || rand.length != 16) {
            throw new AucException(AucException.Reason.RAND_UNAVAILABLE,
                    "random source returned " + (rand == null ? "nothing" : rand.length + " bytes"));
        }
        return rand.clone();
    }
}
