package org.dgsm.hlr.core;

import org.dgsm.hlr.auc.Auth2gData;
import org.dgsm.hlr.auc.Auth3gData;
import org.dgsm.hlr.auc.AucException;
import org.dgsm.hlr.auc.AuthVector;
import org.dgsm.hlr.auc.AuthVectorGenerator;
import org.dgsm.hlr.auc.AuthVectorRequest;
import org.dgsm.hlr.auc.AuthVectorResult;
import org.dgsm.hlr.auc.IndAllocator;
import org.dgsm.hlr.auc.SubscriberAuthData;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageBuilder;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Send Authentication Info (hlr-auc.md §2): vectors from the AuC for the subscriber's keys, with the IND slot of the
 * requesting VLR (the message's source, also when it came through a proxy) and AUTS resynchronisation. For a
 * subscriber with 3G data the vectors are computed inside the store's SQN transaction ({@link
 * SubscriberStore#advanceSqn}), so two SAIs running at once — in this process or another one on the same file —
 * never start from the same stored SQN.
 */
final class SendAuthInfoHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SendAuthInfoHandler.class);
    private static final int RAT_EUTRAN = 3;

    /** Carries an {@link AucException} out of the store's SQN function, which cannot throw checked exceptions. */
    private static final class AucFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AucFailure(AucException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        AucException aucException() {
            return (AucException) getCause();
        }
    }

    private final SubscriberStore store;
    private final AuthVectorGenerator generator;
    private final IndAllocator indSlots;
    private final HlrSettings settings;

    SendAuthInfoHandler(SubscriberStore store, AuthVectorGenerator generator, IndAllocator indSlots,
                        HlrSettings settings) {
        this.store = store;
        this.generator = generator;
        this.indSlots = indSlots;
        this.settings = settings;
    }

    /** The SAI Result or Error answering {@code received}. */
    GsupMessage handle(ReceivedMessage received) {
        GsupMessage request = received.message();
        // osmo allocates the VLR's IND slot before it even looks at the IMSI.
        int ind = indSlots.indForSourceName(received.source().toByteArray());
        Subscriber subscriber;
        SubscriberAuthData authData;
        try {
            Optional<Subscriber> found = store.findByImsi(request.imsi());
            if (found.isEmpty()) {
                LOG.debug("SAI for unknown IMSI {}", request.imsi());
                return error(request, settings.notFoundCause());
            }
            subscriber = found.get();
            Optional<Auth2gData> auth2g = StoredAuthData.toAuc(store.findAuth2g(subscriber.id()));
            Optional<Auth3gData> auth3g = StoredAuthData.toAuc3g(store.findAuth3g(subscriber.id()));
            authData = new SubscriberAuthData(auth2g.orElse(null), auth3g.orElse(null));
        } catch (AucException e) {
            LOG.debug("SAI for IMSI {}: unusable auth data: {}", request.imsi(), e.getMessage());
            return error(request, e.gsupCause());
        } catch (RuntimeException e) {
            LOG.warn("SAI for IMSI {}: database failure: {}", request.imsi(), e.toString());
            return error(request, GmmCause.NETWORK_FAILURE);
        }
        if (!authData.hasAny()) {
            LOG.debug("SAI for IMSI {}: no auth data", request.imsi());
            return error(request, GmmCause.IMSI_UNKNOWN);
        }

        AuthVectorRequest vectorRequest = new AuthVectorRequest(authData, ind, vectorCount(request),
                bytesOrNull(request.rand()), bytesOrNull(request.auts()),
                request.currentRatType() != null && request.currentRatType() == RAT_EUTRAN);
        AuthVectorResult result;
        try {
            result = authData.auth3g() == null
                    ? generator.generate(vectorRequest)
                    : generateWithStoredSqn(subscriber.id(), vectorRequest);
        } catch (AucException e) {
            LOG.debug("SAI for IMSI {}: no vectors: {}", request.imsi(), e.getMessage());
            return error(request, e.gsupCause());
        } catch (RuntimeException e) {
            LOG.warn("SAI for IMSI {}: cannot store the SQN: {}", request.imsi(), e.toString());
            return error(request, GmmCause.NETWORK_FAILURE);
        }

        GsupMessageBuilder answer = GsupReplies.result(request);
        for (AuthVector vector : result.vectors()) {
            answer.addAuthTuple(toTuple(vector));
        }
        LOG.debug("SAI for IMSI {}: {} vector(s), IND {}", request.imsi(), result.vectors().size(), ind);
        return answer.build();
    }

    private AuthVectorResult generateWithStoredSqn(long subscriberId, AuthVectorRequest vectorRequest)
            throws AucException {
        AuthVectorResult[] result = new AuthVectorResult[1];
        try {
            store.advanceSqn(subscriberId, storedSqn -> {
                SubscriberAuthData data = vectorRequest.authData();
                SubscriberAuthData withStoredSqn = new SubscriberAuthData(data.auth2g(),
                        data.auth3g().withSqn(storedSqn));
                try {
                    result[0] = generator.generate(new AuthVectorRequest(withStoredSqn, vectorRequest.ind(),
                            vectorRequest.vectorCount(), vectorRequest.resyncRand(), vectorRequest.auts(),
                            vectorRequest.separationBit()));
                } catch (AucException e) {
                    throw new AucFailure(e);
                }
                return result[0].sqnToStore().orElse(storedSqn);
            });
        } catch (AucFailure e) {
            throw e.aucException();
        }
        return result[0];
    }

    private int vectorCount(GsupMessage request) {
        Integer asked = request.numVectorsRequested();
        return asked != null && asked >= 1 && asked <= AuthVectorRequest.MAX_VECTORS
                ? asked : settings.defaultVectorCount();
    }

    private static AuthTuple toTuple(AuthVector v) {
        return v.isUmts()
                ? AuthTuple.gsmAndUmts(v.rand(), v.sres(), v.kc(), v.ik(), v.ck(), v.autn(), v.res())
                : AuthTuple.gsm(v.rand(), v.sres(), v.kc());
    }

    private static byte[] bytesOrNull(Octets value) {
        return value == null ? null : value.toByteArray();
    }

    private static GsupMessage error(GsupMessage request, int cause) {
        return GsupReplies.error(request, cause).build();
    }
}
