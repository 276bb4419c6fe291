package org.dgsm.hlr.core;

import org.dgsm.hlr.auc.AuthVectorGenerator;
import org.dgsm.hlr.auc.RandSource;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HLR behind a GSUP server, behaving as osmo-hlr does (hlr-auc.md, gsup-ipa.md §7–§8): Send Authentication Info,
 * Update Location with Insert Subscriber Data, Purge MS and Check IMEI against a {@link SubscriberStore}, plus
 * osmo's Source-Name / Destination-Name routing between connected peers. Beyond osmo-hlr 1.5 it cancels the location
 * at the previous VLR/SGSN when a subscriber moves ({@link HlrSettings#cancelPreviousLocation()}).
 *
 * <p>What arrives is checked in osmo's order: a Source-Name that differs from the peer makes that peer the proxy of
 * the source (a route is learned; a clash gives a Routing Error); an IMSI that is not 6–15 digits gets Error 0x60 if
 * the message is a request and is dropped otherwise; a Destination-Name other than this HLR's name sends the message
 * on to the peer reaching that name (Routing Error if none); everything else is handled here. Messages osmo-hlr 1.5
 * does not handle — answers nobody asked for, SMS over GSUP, unknown types — are dropped with a debug log, and so is
 * Process SS: USSD is not implemented here (osmo-hlr without USSD routes answers it with a MAP "SS not available"
 * error). Nothing that arrives makes the core throw.
 *
 * <p>Sans-I/O: time comes in with every call; {@link #nextDeadline()} says when {@link #onTime} is due (the
 * Update Location timer). Thread-safe: calls may come from several threads; SAI, Purge and Check IMEI do their
 * database and AuC work without holding a core-wide lock.
 */
public final class HlrCore implements GsupHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HlrCore.class);

    private final SubscriberStore store;
    private final HlrSettings settings;
    private final Octets ownName;
    private final GsupRoutes routes = new GsupRoutes();
    private final SendAuthInfoHandler sendAuthInfo;
    private final LocationUpdates locationUpdates;
    private final PurgeMsHandler purgeMs;
    private final CheckImeiHandler checkImei;
    private final AtomicLong internalErrors = new AtomicLong();

    /**
     * @param store      the subscribers; the core writes LU times, purge flags, IMEIs, SQNs and IND slots to it
     * @param settings   osmo-hlr's configurable behaviour
     * @param randSource RANDs for authentication vectors ({@link RandSource#secure()} in production)
     */
    public HlrCore(SubscriberStore store, HlrSettings settings, RandSource randSource) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownName = settings.ipaNameOctets();
        this.sendAuthInfo = new SendAuthInfoHandler(store, new AuthVectorGenerator(randSource),
                new VlrIndSlots(store), settings);
        this.locationUpdates = new LocationUpdates(store, routes, settings);
        this.purgeMs = new PurgeMsHandler(store);
        this.checkImei = new CheckImeiHandler(store, settings.storeImei());
    }

    /** An HLR drawing its RANDs from a {@link java.security.SecureRandom}. */
    public HlrCore(SubscriberStore store, HlrSettings settings) {
        this(store, settings, RandSource.secure());
    }

    public HlrSettings settings() {
        return settings;
    }

    /** The MSCs, SGSNs and proxies connected now, ordered by IPA name. */
    public List<ConnectedPeer> connectedPeers() {
        return routes.connectedPeers();
    }

    /** How many Update Locations wait for their Insert Subscriber Data result. */
    public int pendingLocationUpdates() {
        return locationUpdates.pendingCount();
    }

    /** How often the core's safety net caught an unexpected exception (a bug; logged as a warning). */
    public long internalErrors() {
        return internalErrors.get();
    }

    @Override
    public List<GsupSend> onPeerConnected(Octets peer, long nowMillis) {
        Objects.requireNonNull(peer, "peer");
        routes.connect(peer, nowMillis);
        LOG.debug("GSUP peer {} connected", IpaNames.printable(peer));
        return List.of();
    }

    @Override
    public List<GsupSend> onPeerDisconnected(Octets peer, long nowMillis) {
        Objects.requireNonNull(peer, "peer");
        routes.disconnect(peer);
        LOG.debug("GSUP peer {} disconnected", IpaNames.printable(peer));
        return List.of();
    }

    @Override
    public List<GsupSend> onMessage(Octets peer, GsupMessage message, long nowMillis) {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(message, "message");
        Outbox out = new Outbox(routes);
        try {
            routes.ensureConnected(peer, nowMillis);
            receive(peer, message, nowMillis, out);
        } catch (RuntimeException e) {
            // A bug must not take the connection or the server down; osmo would have sent nothing either.
            internalErrors.incrementAndGet();
            LOG.warn("Failed to handle {} from {} for IMSI {}", message.type(), IpaNames.printable(peer),
                    message.imsi(), e);
        }
        return out.toList();
    }

    @Override
    public List<GsupSend> onTime(long nowMillis) {
        Outbox out = new Outbox(routes);
        try {
            locationUpdates.onTime(nowMillis, out);
        } catch (RuntimeException e) {
            internalErrors.incrementAndGet();
            LOG.warn("Failed to run the timers", e);
        }
        return out.toList();
    }

    @Override
    public OptionalLong nextDeadline() {
        return locationUpdates.nextDeadline();
    }

    /** One SQLite commit (one sync to disk) for all the SQNs, LUs and purges of the events inside. */
    @Override
    public void inOneTransaction(Runnable events) {
        store.inOneTransaction(() -> {
            events.run();
            return null;
        });
    }

    private void receive(Octets peer, GsupMessage message, long nowMillis, Outbox out) {
        Octets source = peer;
        Octets viaProxy = null;
        Octets sourceIe = message.sourceName();
        if (sourceIe != null && !sourceIe.isEmpty()) {
            if (sourceIe.length() > IpaNames.MAX_LENGTH) {
                LOG.debug("Source-Name of {} bytes from {} cannot be routed", sourceIe.length(),
                        IpaNames.printable(peer));
                out.send(peer, routingError(message, null));
                return;
            }
            source = sourceIe;
            viaProxy = sourceIe.equals(peer) ? null : peer;
        }
        ReceivedMessage received = new ReceivedMessage(peer, message, source, viaProxy);

        if (!isValidImsi(message.imsi())) {
            LOG.debug("{} from {} with invalid IMSI '{}'", message.type(), IpaNames.printable(peer), message.imsi());
            if (message.isRequest()) {
                out.answer(received, GsupReplies.error(message, GmmCause.INVALID_MANDATORY_INFO).build());
            }
            return;
        }
        if (viaProxy != null && !routes.learn(source, peer)) {
            LOG.debug("{} from {} via {}, but that name is reached through another peer", message.type(),
                    IpaNames.printable(source), IpaNames.printable(peer));
            out.send(peer, routingError(message, null));
            return;
        }
        Octets destination = message.destinationName();
        if (destination != null && !destination.isEmpty() && destination.length() <= IpaNames.MAX_LENGTH
                && !destination.equals(ownName)) {
            forward(received, destination, out);
            return;
        }
        dispatch(received, nowMillis, out);
    }

    /**
     * osmo-hlr passes messages for other peers on (MSC-to-MSC handover, answers through a proxy); it insists on a
     * Source-Name so that the recipient can answer.
     */
    private void forward(ReceivedMessage received, Octets destination, Outbox out) {
        GsupMessage message = received.message();
        Octets target = null;
        if (message.sourceName() == null || message.sourceName().isEmpty()) {
            LOG.debug("{} for {} without Source-Name cannot be routed", message.type(),
                    IpaNames.printable(destination));
        } else {
            target = routes.peerFor(destination).orElse(null);
            if (target == null) {
                LOG.debug("{} for {}: destination not connected", message.type(), IpaNames.printable(destination));
            }
        }
        if (target != null) {
            out.send(target, message);
            return;
        }
        GsupMessage error = routingError(message, destination);
        if (received.viaProxy() != null) {
            out.send(received.viaProxy(), error);
        } else {
            out.answer(received, error);
        }
    }

    private void dispatch(ReceivedMessage received, long nowMillis, Outbox out) {
        GsupMessageType type = received.message().type();
        switch (type) {
            case SEND_AUTH_INFO_REQUEST -> out.answer(received, sendAuthInfo.handle(received));
            case UPDATE_LOCATION_REQUEST -> locationUpdates.start(received, nowMillis, out);
            case PURGE_MS_REQUEST -> out.answer(received, purgeMs.handle(received));
            case CHECK_IMEI_REQUEST -> out.answer(received, checkImei.handle(received));
            case INSERT_DATA_RESULT, INSERT_DATA_ERROR, LOCATION_CANCEL_RESULT, LOCATION_CANCEL_ERROR ->
                    locationUpdates.onAnswer(received, out);
            default -> LOG.debug("Unhandled GSUP message 0x{} ({}) from {} for IMSI {}: dropped",
                    Integer.toHexString(received.message().messageType()), type,
                    IpaNames.printable(received.peer()), received.imsi());
        }
    }

    /** osmo's Routing Error: the unreachable name as Source-Name, everything else as in any answer. */
    private static GsupMessage routingError(GsupMessage message, Octets unreachable) {
        return GsupReplies.reply(message, GsupMessageType.ROUTING_ERROR.code(), true)
                .sourceName(unreachable)
                .build();
    }

    /** osmo's IMSI rule: 6 to 15 decimal digits. */
    static boolean isValidImsi(String imsi) {
        if (imsi == null || imsi.length() < 6 || imsi.length() > 15) {
            return false;
        }
        for (int i = 0; i < imsi.length(); i++) {
            char c = imsi.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
