package org.dgsm.hlr.proxy;

import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.gsup.Octets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Answers a visitor's request that could not reach its home HLR in time, from the roaming cache where that is
 * possible and with the no-proxy error otherwise:
 * <ul>
 * <li>Send Auth Info: tuples from the stock, each handed out once (none left, or an AUTS resync: error);</li>
 * <li>Update Location: the last Insert Subscriber Data from home is replayed to the VLR; its ISD result completes
 *     the location update (UL result), the attach is recorded and marked for home to learn later;</li>
 * <li>Purge MS: a result (the proxy's attach state is already gone); Check IMEI: ACK, as osmo-hlr ≥1.9 does;</li>
 * <li>anything else: error with the no-proxy cause.</li>
 * </ul>
 */
final class CacheAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(CacheAnswers.class);
    private static final int IMEI_ACK = 0;

    private record OfflineLocationUpdate(HeldRequest request, long deadline) {
    }

    private final RoamingCache cache;
    private final int noProxyCause;
    private final long boundMillis;
    private final Map<String, OfflineLocationUpdate> offlineLus = new HashMap<>();

    CacheAnswers(RoamingCache cache, int noProxyCause, long boundMillis) {
        this.cache = cache;
        this.noProxyCause = noProxyCause;
        this.boundMillis = boundMillis;
    }

    /** Answers (or starts answering) a request whose home cannot be reached. */
    void serve(HeldRequest held, long now, List<GsupSend> out) {
        GsupMessage request = held.message();
        if (!request.isRequest()) {
            LOG.debug("{} for visitor {}: home unreachable, dropped", request.type(), request.imsi());
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        switch (request.type()) {
            case SEND_AUTH_INFO_REQUEST -> serveAuthInfo(held, at, out);
            case UPDATE_LOCATION_REQUEST -> startLocationUpdate(held, now, at, out);
            case PURGE_MS_REQUEST -> out.add(new GsupSend(held.peer(), GsupReplies.result(request).build()));
            case CHECK_IMEI_REQUEST -> out.add(new GsupSend(held.peer(),
                    GsupReplies.result(request).imeiResult(IMEI_ACK).build()));
            default -> error(held, out);
        }
    }

    /** A VLR's ISD result/error; true if it belonged to a location update served from the cache. */
    boolean onInsertDataAnswer(Octets source, GsupMessage answer, long now, List<GsupSend> out) {
        OfflineLocationUpdate lu = offlineLus.get(answer.imsi());
        if (lu == null || !lu.request().source().equals(source)) {
            return false;
        }
        offlineLus.remove(answer.imsi());
        HeldRequest request = lu.request();
        if (answer.type() != GsupMessageType.INSERT_DATA_RESULT) {
            LOG.info("Visitor {}: VLR {} refused the cached subscriber data; location update fails", answer.imsi(),
                    IpaNameText.printable(source));
            error(request, out);
            return true;
        }
        Instant at = Instant.ofEpochMilli(now);
        cache.find(answer.imsi(), at).ifPresent(v -> {
            String vlr = IpaNameText.toText(request.source());
            boolean viaProxy = !request.source().equals(request.peer());
            cache.save(isPs(request.message()) ? v.withPsAttach(vlr, at, true)
                    : v.withCsAttach(vlr, viaProxy, at, true));
        });
        LOG.info("Visitor {}: location update at {} served from the roaming cache; home learns it when reachable",
                answer.imsi(), IpaNameText.printable(request.source()));
        out.add(new GsupSend(request.peer(), GsupReplies.result(request.message()).build()));
        return true;
    }

    void onTime(long now, List<GsupSend> out) {
        for (Iterator<OfflineLocationUpdate> it = offlineLus.values().iterator(); it.hasNext(); ) {
            OfflineLocationUpdate lu = it.next();
            if (lu.deadline() <= now) {
                it.remove();
                LOG.info("Visitor {}: VLR did not answer the cached subscriber data in time",
                        lu.request().imsi());
                error(lu.request(), out);
            }
        }
    }

    OptionalLong nextDeadline() {
        return offlineLus.values().stream().mapToLong(OfflineLocationUpdate::deadline).min();
    }

    int offlineLocationUpdates() {
        return offlineLus.size();
    }

    private void serveAuthInfo(HeldRequest held, Instant at, List<GsupSend> out) {
        GsupMessage request = held.message();
        if (request.auts() != null) {
            LOG.info("Visitor {}: resynchronisation needs the home HLR, which is unreachable", request.imsi());
            error(held, out);
            return;
        }
        if (cache.find(request.imsi(), at).isEmpty()) {
            error(held, out);
            return;
        }
        int wanted = request.numVectorsRequested() == null ? 1 : request.numVectorsRequested();
        List<AuthTuple> tuples = cache.takeTuples(request.imsi(), Math.max(1, Math.min(wanted,
                GsupMessage.MAX_AUTH_TUPLES)));
        if (tuples.isEmpty()) {
            LOG.info("Visitor {}: home unreachable and no auth tuples left in stock", request.imsi());
            error(held, out);
            return;
        }
        LOG.info("Visitor {}: {} auth tuple(s) served from the stock, home unreachable", request.imsi(),
                tuples.size());
        out.add(new GsupSend(held.peer(), GsupReplies.result(request).authTuples(tuples).build()));
    }

    private void startLocationUpdate(HeldRequest held, long now, Instant at, List<GsupSend> out) {
        GsupMessage request = held.message();
        Visitor visitor = cache.find(request.imsi(), at).orElse(null);
        if (visitor == null || visitor.insertData() == null || offlineLus.containsKey(request.imsi())) {
            error(held, out);
            return;
        }
        GsupMessage cached;
        try {
            cached = GsupDecoder.decode(visitor.insertData().toByteArray());
        } catch (MalformedGsupException e) {
            LOG.warn("Visitor {}: cached subscriber data unreadable: {}", request.imsi(), e.getMessage());
            error(held, out);
            return;
        }
        GsupMessage insertData = GsupReplies.reply(request, GsupMessageType.INSERT_DATA_REQUEST.code(), false)
                .msisdn(cached.msisdn())
                .hlrNumber(cached.hlrNumber())
                .pdpInfoComplete(cached.pdpInfoComplete())
                .pdpInfos(cached.pdpInfos())
                .chargingCharacteristics(cached.chargingCharacteristics())
                .cnDomain(request.cnDomain() == null ? GsupMessage.CN_DOMAIN_CS : request.cnDomain())
                .build();
        offlineLus.put(request.imsi(), new OfflineLocationUpdate(held, now + boundMillis));
        out.add(new GsupSend(held.peer(), insertData));
    }

    private void error(HeldRequest held, List<GsupSend> out) {
        out.add(new GsupSend(held.peer(), GsupReplies.error(held.message(), noProxyCause).build()));
    }

    static boolean isPs(GsupMessage message) {
        return message.cnDomain() != null && message.cnDomain() == GsupMessage.CN_DOMAIN_PS;
    }
}
