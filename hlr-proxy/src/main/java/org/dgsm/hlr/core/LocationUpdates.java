package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * osmo-hlr's Update Location procedure (hlr-auc.md §3), one per request:
 * <ol>
 * <li>checks (VLR name, IMSI known, network access mode of the domain) — a failure answers UL Error at once;</li>
 * <li>records the VLR/SGSN, the proxy it came through and the time in the database, before anything is sent, so a
 *     later failure still leaves the subscriber attached there (as osmo);</li>
 * <li>beyond osmo-hlr 1.5: if the subscriber was served by another VLR/SGSN in that domain, sends it a Location
 *     Cancellation (fire and forget: its answer is dropped like every other unexpected answer);</li>
 * <li>sends Insert Subscriber Data and waits: the ISD Result gives UL Result, the ISD Error UL Error 0x11, and the
 *     timer UL Error 0x26.</li>
 * </ol>
 * Answers from the VLR are matched by IMSI alone, to the newest procedure of that IMSI (osmo walks its list of
 * procedures from the most recently started one); an answer matching none is dropped. Thread-safe.
 */
final class LocationUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(LocationUpdates.class);

    /** osmo's timeout cause: the session-management "network failure" value, used there by mistake. */
    static final int TIMEOUT_CAUSE = 0x26;

    private static final Comparator<PendingLocationUpdate> BY_DEADLINE =
            Comparator.comparingLong(PendingLocationUpdate::deadlineMillis)
                    .thenComparingLong(PendingLocationUpdate::sequence);

    private final SubscriberStore store;
    private final GsupRoutes routes;
    private final HlrSettings settings;
    private final Map<String, Deque<PendingLocationUpdate>> byImsi = new HashMap<>();
    private final TreeSet<PendingLocationUpdate> byDeadline = new TreeSet<>(BY_DEADLINE);
    private long sequence;

    LocationUpdates(SubscriberStore store, GsupRoutes routes, HlrSettings settings) {
        this.store = store;
        this.routes = routes;
        this.settings = settings;
    }

    /** An Update Location request arrived. */
    synchronized void start(ReceivedMessage received, long nowMillis, Outbox out) {
        GsupMessage request = received.message();
        CnDomain domain = CnDomains.of(request);
        routes.markServes(received.peer(), domain);

        String servingNode = received.sourceText();
        if (servingNode.isEmpty()) {
            fail(received, GmmCause.NETWORK_FAILURE, "no VLR name", out);
            return;
        }
        Subscriber before;
        try {
            Optional<Subscriber> found = store.findByImsi(request.imsi());
            if (found.isEmpty()) {
                fail(received, settings.notFoundCause(), "unknown IMSI", out);
                return;
            }
            before = found.get();
        } catch (RuntimeException e) {
            LOG.warn("UL for IMSI {}: database failure: {}", request.imsi(), e.toString());
            fail(received, GmmCause.NETWORK_FAILURE, "database failure", out);
            return;
        }
        if (!before.networkAccessAllowed(domain)) {
            fail(received, domain == CnDomain.CS ? GmmCause.PLMN_NOT_ALLOWED : GmmCause.GPRS_NOT_ALLOWED,
                    domain + " access not allowed", out);
            return;
        }
        try {
            store.recordLocationUpdate(request.imsi(), domain, servingNode, received.viaProxyText(),
                    Instant.ofEpochMilli(nowMillis));
        } catch (RuntimeException e) {
            LOG.warn("UL for IMSI {}: cannot record the location: {}", request.imsi(), e.toString());
            fail(received, GmmCause.NETWORK_FAILURE, "cannot record the location", out);
            return;
        }
        if (settings.cancelPreviousLocation()) {
            cancelPreviousLocation(before, domain, servingNode, out);
        }

        GsupMessage insertData;
        try {
            insertData = SubscriberDataMessages.insertSubscriberData(request, before.msisdn(), domain);
        } catch (IllegalArgumentException e) {
            fail(received, GmmCause.NETWORK_FAILURE, "cannot encode Insert Subscriber Data: " + e.getMessage(), out);
            return;
        }
        PendingLocationUpdate pending = new PendingLocationUpdate(++sequence, request, received.source(), domain,
                deadline(nowMillis));
        byImsi.computeIfAbsent(request.imsi(), k -> new ArrayDeque<>(1)).addFirst(pending);
        byDeadline.add(pending);
        LOG.debug("UL for IMSI {} ({}) at {}{}: Insert Subscriber Data sent", request.imsi(), domain, servingNode,
                received.viaProxy() == null ? "" : " via " + received.viaProxyText());
        out.answer(received, insertData);
    }

    /** An Insert Subscriber Data Result/Error or a Location Cancellation Result/Error arrived. */
    synchronized void onAnswer(ReceivedMessage received, Outbox out) {
        GsupMessage answer = received.message();
        GsupMessageType type = answer.type();
        Deque<PendingLocationUpdate> procedures = byImsi.get(answer.imsi());
        if (procedures == null) {
            LOG.debug("{} for IMSI {} without a location update in progress: dropped", type, answer.imsi());
            return;
        }
        PendingLocationUpdate newest = procedures.peekFirst();
        if (type == GsupMessageType.INSERT_DATA_RESULT) {
            finish(newest);
            LOG.debug("UL for IMSI {} ({}) done", newest.imsi(), newest.domain());
            out.answer(newest.source(), GsupReplies.result(newest.request()).build());
        } else if (type == GsupMessageType.INSERT_DATA_ERROR) {
            finish(newest);
            LOG.debug("UL for IMSI {} ({}) failed: Insert Subscriber Data Error", newest.imsi(), newest.domain());
            out.answer(newest.source(), GsupReplies.error(newest.request(), GmmCause.NETWORK_FAILURE).build());
        } else {
            LOG.debug("{} for IMSI {} while waiting for Insert Subscriber Data: dropped", type, answer.imsi());
        }
    }

    /** Fails every procedure whose timer ran out. */
    synchronized void onTime(long nowMillis, Outbox out) {
        while (!byDeadline.isEmpty() && byDeadline.first().deadlineMillis() <= nowMillis) {
            PendingLocationUpdate expired = byDeadline.first();
            finish(expired);
            LOG.debug("UL for IMSI {} ({}): no Insert Subscriber Data result in time", expired.imsi(),
                    expired.domain());
            out.answer(expired.source(), GsupReplies.error(expired.request(), TIMEOUT_CAUSE).build());
        }
    }

    synchronized OptionalLong nextDeadline() {
        return byDeadline.isEmpty() ? OptionalLong.empty() : OptionalLong.of(byDeadline.first().deadlineMillis());
    }

    /** How many procedures wait for their Insert Subscriber Data result. */
    synchronized int pendingCount() {
        return byDeadline.size();
    }

    private void cancelPreviousLocation(Subscriber before, CnDomain domain, String servingNode, Outbox out) {
        String previous = before.servingNode(domain);
        if (previous == null || previous.isEmpty() || previous.equals(servingNode)) {
            return;
        }
        String previousProxy = before.viaProxy(domain);
        Octets previousName = IpaNames.fromText(previous);
        Octets target = previousProxy == null || previousProxy.isEmpty() ? previousName
                : IpaNames.fromText(previousProxy);
        Optional<Octets> peer = routes.peerFor(target);
        if (peer.isEmpty()) {
            LOG.debug("IMSI {} moved from {} to {}; {} is not connected, no Location Cancellation", before.imsi(),
                    previous, servingNode, IpaNames.printable(target));
            return;
        }
        LOG.debug("IMSI {} moved from {} to {}: Location Cancellation to {}", before.imsi(), previous, servingNode,
                IpaNames.printable(peer.get()));
        // Through a proxy the old VLR is named as the destination, as osmo-hlr addresses the ISD of a proxied LU.
        Octets destination = peer.get().equals(previousName) ? null : previousName;
        out.send(peer.get(), SubscriberDataMessages.cancelLocation(before.imsi(), domain, destination));
    }

    private void fail(ReceivedMessage received, int cause, String why, Outbox out) {
        LOG.debug("UL for IMSI {} rejected with cause 0x{}: {}", received.imsi(), Integer.toHexString(cause), why);
        out.answer(received, GsupReplies.error(received.message(), cause).build());
    }

    private void finish(PendingLocationUpdate procedure) {
        byDeadline.remove(procedure);
        Deque<PendingLocationUpdate> procedures = byImsi.get(procedure.imsi());
        if (procedures != null) {
            procedures.remove(procedure);
            if (procedures.isEmpty()) {
                byImsi.remove(procedure.imsi());
            }
        }
    }

    private long deadline(long nowMillis) {
        long timeout = settings.locationUpdateTimeout().toMillis();
        return nowMillis > Long.MAX_VALUE - timeout ? Long.MAX_VALUE : nowMillis + timeout;
    }
}
