package org.dgsm.hlr.proxy;

import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.Tbcd;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The D-GSM proxy in front of the local HLR (dgsm-proxy.md): messages about subscribers of this village, and
 * messages routed by Destination-Name, go to the local HLR; every message about a foreign IMSI (a visitor) goes to
 * the visitor's home HLR, found with {@code gsup.hlr.<imsi>.imsi}, over one GSUP link per home address. Source-Name
 * is set to the VLR's IPA name and CN domain is always present on Update Location / Purge, so osmo-hlr homes route
 * the answers back; answers and Insert Subscriber Data from home are relayed unchanged to the VLR named by their
 * Destination-Name.
 *
 * <p>Beyond osmo-hlr 1.5: nothing is forwarded before the home link is ready (our identity accepted); a request
 * never waits longer than {@link ProxySettings#answerBound()} — then it is served from the {@link RoamingCache}
 * ({@link CacheAnswers}) or answered with the no-proxy cause; a late answer from home is dropped, so every request
 * gets at most one answer; the visitor's subscriber data, attach and a stock of auth tuples are kept in SQLite;
 * Location Cancel from home and Purge from the VLR end the visitor's attach here.
 *
 * <p>Sans-I/O: time comes with every call; lookups and home links are ports whose results come back through the
 * {@code onHome...} methods. All calls must come from one thread (the GSUP server's handler thread). Wiring is
 * two-phase: the proxy is the server's handler first, {@link #attach} gives it its ports afterwards; until then
 * foreign IMSIs are handled by the local HLR, as osmo does with the mslookup client off.
 */
public final class DgsmProxy implements GsupHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DgsmProxy.class);
    /** Cause osmo's proxy sends to a home HLR for a message it cannot route back. */
    private static final int UNROUTABLE_CAUSE = GmmCause.PLMN_NOT_ALLOWED;
    private static final String STOCK_NAME_SUFFIX = "-stock";

    private final GsupHandler local;
    private final SubscriberStore store;
    private final RoamingCache cache;
    private final ProxySettings settings;
    private final Octets ownName;
    private final Octets stockName;
    private final CacheAnswers cacheAnswers;
    private volatile HomeLookups lookups;
    private volatile HomeLinks links;

    /** VLR name → the connected peer that reaches it. */
    private final Map<Octets, Octets> vlrRoutes = new HashMap<>();
    /** IMSI → when its lookup started; a lookup that never reported is retried after twice its timeout. */
    private final Map<String, Long> lookingUp = new HashMap<>();
    private final Set<HomeAddress> readyLinks = new HashSet<>();
    private final List<HeldRequest> held = new ArrayList<>();
    private final List<AwaitedAnswer> awaited = new ArrayList<>();
    private long nextHousekeeping = Long.MIN_VALUE;
    private final AtomicLong internalErrors = new AtomicLong();

    /**
     * @param local       the local HLR ({@link org.dgsm.hlr.core.HlrCore})
     * @param store       the subscriber database: an IMSI found there is local
     * @param cache       the roaming cache (on the same store)
     * @param hlrSettings the local HLR's settings: IPA name and no-proxy cause
     * @param settings    the proxy's settings
     */
    public DgsmProxy(GsupHandler local, SubscriberStore store, RoamingCache cache, HlrSettings hlrSettings,
                     ProxySettings settings) {
        this.local = Objects.requireNonNull(local, "local");
        this.store = Objects.requireNonNull(store, "store");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownName = hlrSettings.ipaNameOctets();
        this.stockName = IpaNameText.toOctets(hlrSettings.ipaName() + STOCK_NAME_SUFFIX);
        this.cacheAnswers = new CacheAnswers(cache, hlrSettings.noProxyCause(), settings.answerBound().toMillis());
    }

    /** A proxy with its roaming cache on the local HLR's database, in front of {@code local}. */
    public static DgsmProxy inFrontOf(org.dgsm.hlr.core.HlrCore local, SubscriberStore store, ProxySettings settings) {
        RoamingCache cache = new RoamingCache(store, settings.dataExpiry(), settings.cacheEntries());
        return new DgsmProxy(local, store, cache, local.settings(), settings);
    }

    /** Second wiring phase: from now on foreign IMSIs are proxied. */
    public void attach(HomeLookups lookups, HomeLinks links) {
        this.links = Objects.requireNonNull(links, "links");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
    }

    /** This HLR's IPA name (without NUL): what the proxy presents to home HLRs. */
    public String ipaName() {
        return IpaNameText.toText(ownName);
    }

    public RoamingCache cache() {
        return cache;
    }

    /**
     * The Source-Name of the proxy's own Send Auth Info for the tuple stock: its own name at home, so home gives
     * the stock its own IND slot and the stock's SQNs never fall behind those the VLR used meanwhile.
     */
    public Octets stockName() {
        return stockName;
    }

    /** How many requests wait for a home address or link, or for home's answer (status, tests). */
    public int waitingRequests() {
        return held.size() + (int) awaited.stream().filter(a -> a.purpose() == AwaitedAnswer.Purpose.RELAY).count()
                + cacheAnswers.offlineLocationUpdates();
    }

    public long internalErrors() {
        return internalErrors.get();
    }

    // ---- from the GSUP server ------------------------------------------------------------------------------------

    @Override
    public List<GsupSend> onPeerConnected(Octets peer, long nowMillis) {
        vlrRoutes.put(peer, peer);
        return local.onPeerConnected(peer, nowMillis);
    }

    @Override
    public List<GsupSend> onPeerDisconnected(Octets peer, long nowMillis) {
        vlrRoutes.values().removeIf(peer::equals);
        return local.onPeerDisconnected(peer, nowMillis);
    }

    @Override
    public List<GsupSend> onMessage(Octets peer, GsupMessage message, long nowMillis) {
        if (!isForeign(message)) {
            return local.onMessage(peer, message, nowMillis);
        }
        List<GsupSend> out = new ArrayList<>();
        Octets source = message.sourceName() == null || message.sourceName().isEmpty() ? peer : message.sourceName();
        try {
            vlrRoutes.putIfAbsent(source, peer);
            fromVlr(new HeldRequest(peer, source, message, nowMillis + settings.answerBound().toMillis()), nowMillis,
                    out);
        } catch (RuntimeException e) {
            failed("handle " + message.type() + " for visitor " + message.imsi(), e);
        }
        return out;
    }

    @Override
    public List<GsupSend> onTime(long nowMillis) {
        List<GsupSend> out = new ArrayList<>(local.onTime(nowMillis));
        try {
            expireHeld(nowMillis, out);
            expireAwaited(nowMillis, out);
            cacheAnswers.onTime(nowMillis, out);
            if (nowMillis >= nextHousekeeping) {
                nextHousekeeping = nowMillis + settings.housekeeping().toMillis();
                housekeeping(nowMillis);
            }
        } catch (RuntimeException e) {
            failed("run the proxy's timers", e);
        }
        return out;
    }

    @Override
    public OptionalLong nextDeadline() {
        long next = Long.MAX_VALUE;
        OptionalLong localNext = local.nextDeadline();
        if (localNext.isPresent()) {
            next = localNext.getAsLong();
        }
        if (links != null) {
            next = Math.min(next, nextHousekeeping);
        }
        for (HeldRequest h : held) {
            next = Math.min(next, h.deadline());
        }
        for (AwaitedAnswer a : awaited) {
            next = Math.min(next, a.deadline());
        }
        OptionalLong offline = cacheAnswers.nextDeadline();
        if (offline.isPresent()) {
            next = Math.min(next, offline.getAsLong());
        }
        return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(next);
    }

    @Override
    public void inOneTransaction(Runnable events) {
        local.inOneTransaction(events);
    }

    // ---- from the ports ------------------------------------------------------------------------------------------

    /** The lookup found the home HLR of {@code imsi}. */
    public List<GsupSend> onHomeFound(String imsi, HomeAddress home, long nowMillis) {
        List<GsupSend> out = new ArrayList<>();
        try {
            lookingUp.remove(imsi);
            Instant now = Instant.ofEpochMilli(nowMillis);
            Visitor visitor = cache.find(imsi, now).orElse(Visitor.fresh(imsi, now));
            if (!home.equals(visitor.home())) {
                cache.save(visitor.withHome(home, now));
            }
            if (readyLinks.contains(home)) {
                flushHeld(home, nowMillis, out);
            } else if (held.stream().anyMatch(h -> h.imsi().equals(imsi))) {
                links.open(home);
            }
        } catch (RuntimeException e) {
            failed("take the home of " + imsi, e);
        }
        return out;
    }

    /** Nobody answered the lookup for {@code imsi}: requests that have no home address at all fail now. */
    public List<GsupSend> onHomeNotFound(String imsi, long nowMillis) {
        List<GsupSend> out = new ArrayList<>();
        try {
            lookingUp.remove(imsi);
            if (homeOf(imsi, nowMillis) != null) {
                return out; // a cached address: its link may still come up within the bound
            }
            for (Iterator<HeldRequest> it = held.iterator(); it.hasNext(); ) {
                HeldRequest h = it.next();
                if (h.imsi().equals(imsi)) {
                    it.remove();
                    LOG.info("Visitor {}: no home HLR answered the lookup", imsi);
                    cacheAnswers.serve(h, nowMillis, out);
                }
            }
        } catch (RuntimeException e) {
            failed("give up on the home of " + imsi, e);
        }
        return out;
    }

    /** The link to {@code home} is ready: home has accepted our identity. */
    public List<GsupSend> onHomeLinkReady(HomeAddress home, long nowMillis) {
        List<GsupSend> out = new ArrayList<>();
        try {
            readyLinks.add(home);
            flushHeld(home, nowMillis, out);
            tellHomeAboutCachedAttaches(home, nowMillis);
        } catch (RuntimeException e) {
            failed("use the new link to " + home, e);
        }
        return out;
    }

    /** The link to {@code home} is down: requests it still owed an answer are served from the cache now. */
    public List<GsupSend> onHomeLinkDown(HomeAddress home, long nowMillis) {
        List<GsupSend> out = new ArrayList<>();
        try {
            readyLinks.remove(home);
            for (Iterator<AwaitedAnswer> it = awaited.iterator(); it.hasNext(); ) {
                AwaitedAnswer a = it.next();
                if (a.home().equals(home)) {
                    it.remove();
                    if (a.purpose() == AwaitedAnswer.Purpose.RELAY) {
                        cacheAnswers.serve(a.request(), nowMillis, out);
                    }
                }
            }
        } catch (RuntimeException e) {
            failed("handle the loss of the link to " + home, e);
        }
        return out;
    }

    /** A GSUP message from the home HLR at {@code home}. */
    public List<GsupSend> onHomeMessage(HomeAddress home, GsupMessage message, long nowMillis) {
        List<GsupSend> out = new ArrayList<>();
        try {
            fromHome(home, message, nowMillis, out);
        } catch (RuntimeException e) {
            failed("handle " + message.type() + " from home " + home, e);
        }
        return out;
    }

    // ---- VLR → home ----------------------------------------------------------------------------------------------

    private boolean isForeign(GsupMessage message) {
        if (lookups == null || links == null) {
            return false;
        }
        Octets destination = message.destinationName();
        if (destination != null && !destination.isEmpty() && !destination.equals(ownName)) {
            return false; // routed by the local HLR
        }
        String imsi = message.imsi();
        if (!isValidImsi(imsi)) {
            return false; // the local HLR answers with its error
        }
        return store.findByImsi(imsi).isEmpty();
    }

    private void fromVlr(HeldRequest request, long now, List<GsupSend> out) {
        GsupMessage message = request.message();
        GsupMessageType type = message.type();
        if ((type == GsupMessageType.INSERT_DATA_RESULT || type == GsupMessageType.INSERT_DATA_ERROR)
                && cacheAnswers.onInsertDataAnswer(request.source(), message, now, out)) {
            return;
        }
        if (!message.isRequest()) {
            HomeAddress home = homeOf(message.imsi(), now);
            if (home == null || !readyLinks.contains(home) || !links.send(home, forwarded(request))) {
                LOG.debug("{} for visitor {} from {}: home link not ready, dropped", type, message.imsi(),
                        IpaNameText.printable(request.source()));
            }
            return;
        }
        if (type == GsupMessageType.PURGE_MS_REQUEST) {
            Instant at = Instant.ofEpochMilli(now);
            cache.find(message.imsi(), at).ifPresent(v -> cache.save(CacheAnswers.isPs(message)
                    ? v.withoutPsAttach(at) : v.withoutCsAttach(at)));
        }
        toHome(request, now, out);
    }

    private void toHome(HeldRequest request, long now, List<GsupSend> out) {
        String imsi = request.imsi();
        HomeAddress home = homeOf(imsi, now);
        if (home != null && readyLinks.contains(home)) {
            forward(request, home, now, out);
            return;
        }
        held.add(request);
        if (home != null) {
            links.open(home);
        }
        startLookup(imsi, now);
    }

    /** One lookup at a time per IMSI: several open identical queries would share one answer. */
    private void startLookup(String imsi, long now) {
        Long started = lookingUp.get(imsi);
        if (started == null || now - started > 2 * settings.lookupTimeout().toMillis()) {
            lookingUp.put(imsi, now);
            lookups.lookUp(imsi);
        }
    }

    private void forward(HeldRequest request, HomeAddress home, long now, List<GsupSend> out) {
        if (!links.send(home, forwarded(request))) {
            readyLinks.remove(home);
            held.add(request);
            links.open(home);
            return;
        }
        GsupMessage message = request.message();
        awaited.add(new AwaitedAnswer(AwaitedAnswer.Purpose.RELAY, request, request.source(), home,
                request.deadline()));
        if (message.type() == GsupMessageType.SEND_AUTH_INFO_REQUEST && message.auts() == null) {
            refillStock(message.imsi(), home, now);
        }
    }

    /** The message as home gets it: Source-Name = the VLR, CN domain always present where osmo's proxy needs it. */
    private static GsupMessage forwarded(HeldRequest request) {
        GsupMessage message = request.message();
        var builder = message.toBuilder().sourceName(request.source());
        GsupMessageType type = message.type();
        if (message.cnDomain() == null && (type == GsupMessageType.UPDATE_LOCATION_REQUEST
                || type == GsupMessageType.PURGE_MS_REQUEST)) {
            builder.cnDomain(GsupMessage.CN_DOMAIN_CS);
        }
        return builder.build();
    }

    private void refillStock(String imsi, HomeAddress home, long now) {
        if (settings.tupleStock() == 0 || awaited.stream().anyMatch(a -> a.imsi().equals(imsi)
                && a.purpose() == AwaitedAnswer.Purpose.REFILL)) {
            return;
        }
        int wanted = Math.min(GsupMessage.MAX_AUTH_TUPLES, settings.tupleStock() - cache.tupleCount(imsi));
        if (wanted <= 0) {
            return;
        }
        GsupMessage refill = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi)
                .numVectorsRequested(wanted)
                .sourceName(stockName)
                .build();
        if (links.send(home, refill)) {
            long deadline = now + settings.answerBound().toMillis();
            awaited.add(new AwaitedAnswer(AwaitedAnswer.Purpose.REFILL,
                    new HeldRequest(stockName, stockName, refill, deadline), stockName, home, deadline));
        }
    }

    private void flushHeld(HomeAddress home, long now, List<GsupSend> out) {
        List<HeldRequest> ready = new ArrayList<>();
        for (Iterator<HeldRequest> it = held.iterator(); it.hasNext(); ) {
            HeldRequest h = it.next();
            if (home.equals(homeOf(h.imsi(), now))) {
                it.remove();
                ready.add(h);
            }
        }
        for (HeldRequest h : ready) {
            forward(h, home, now, out);
        }
    }

    /** Update Location to home for attaches served from the cache, with the VLR as Source-Name. */
    private void tellHomeAboutCachedAttaches(HomeAddress home, long now) {
        for (Visitor v : cache.pendingHomeUpdates(Instant.ofEpochMilli(now))) {
            boolean ps = v.csVlr() == null;
            String vlr = ps ? v.psVlr() : v.csVlr();
            if (!home.equals(v.home()) || vlr == null || awaited.stream().anyMatch(a -> a.imsi().equals(v.imsi())
                    && a.purpose() == AwaitedAnswer.Purpose.HOME_SYNC)) {
                continue;
            }
            Octets vlrName = IpaNameText.toOctets(vlr);
            GsupMessage update = GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, v.imsi())
                    .cnDomain(ps ? GsupMessage.CN_DOMAIN_PS : GsupMessage.CN_DOMAIN_CS)
                    .sourceName(vlrName)
                    .build();
            if (links.send(home, update)) {
                long deadline = now + settings.answerBound().toMillis();
                LOG.info("Visitor {}: telling home {} about the location update at {} served from the cache",
                        v.imsi(), home, vlr);
                awaited.add(new AwaitedAnswer(AwaitedAnswer.Purpose.HOME_SYNC,
                        new HeldRequest(vlrName, vlrName, update, deadline), vlrName, home, deadline));
            }
        }
    }

    // ---- home → VLR ----------------------------------------------------------------------------------------------

    private void fromHome(HomeAddress home, GsupMessage message, long now, List<GsupSend> out) {
        String imsi = message.imsi();
        if (!isValidImsi(imsi)) {
            LOG.debug("{} from home {} with invalid IMSI: dropped", message.type(), home);
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        cache.find(imsi, at).ifPresent(v -> cache.save(v.withHomeContact(at)));
        GsupMessageType.Kind kind = message.kind();
        if (kind == GsupMessageType.Kind.RESULT || kind == GsupMessageType.Kind.ERROR) {
            answerFromHome(message, now, out);
            return;
        }
        Octets destination = message.destinationName();
        AwaitedAnswer sync = destination == null ? null : find(imsi,
                GsupMessageType.UPDATE_LOCATION_REQUEST.code(), destination, AwaitedAnswer.Purpose.HOME_SYNC);
        if (message.type() == GsupMessageType.INSERT_DATA_REQUEST) {
            learnSubscriberData(message, at);
            extendLocationUpdate(imsi, destination, now);
            if (sync != null) {
                // home learns an attach served from the cache: the VLR already has the data, we answer for it
                links.send(home, GsupReplies.result(message).sourceName(destination)
                        .cnDomain(message.cnDomain()).build());
                return;
            }
        }
        Octets peer = destination == null || destination.isEmpty() ? null : vlrRoutes.get(destination);
        if (peer == null) {
            LOG.debug("{} from home {} for visitor {}: Destination-Name {} is not a connected VLR", message.type(),
                    home, imsi, IpaNameText.printable(destination));
            if (message.isRequest()) {
                links.send(home, GsupReplies.error(message, UNROUTABLE_CAUSE).build());
            }
            return;
        }
        if (message.type() == GsupMessageType.LOCATION_CANCEL_REQUEST) {
            endAttach(imsi, IpaNameText.toText(destination), at);
        }
        out.add(new GsupSend(peer, message));
    }

    private void answerFromHome(GsupMessage answer, long now, List<GsupSend> out) {
        int requestType = answer.messageType() & ~0x03;
        AwaitedAnswer a = find(answer.imsi(), requestType, answer.destinationName(), null);
        if (a == null) {
            LOG.debug("{} for visitor {} from home: no request waits for it (late or unsolicited), dropped",
                    answer.type(), answer.imsi());
            return;
        }
        awaited.remove(a);
        Instant at = Instant.ofEpochMilli(now);
        boolean result = answer.kind() == GsupMessageType.Kind.RESULT;
        switch (a.purpose()) {
            case REFILL -> {
                if (result && !answer.authTuples().isEmpty()) {
                    cache.addTuples(answer.imsi(), answer.authTuples(), at);
                }
            }
            case HOME_SYNC -> cache.find(answer.imsi(), at)
                    .ifPresent(v -> cache.save(v.withHomeUpdatePending(false)));
            case RELAY -> {
                if (result && requestType == GsupMessageType.UPDATE_LOCATION_REQUEST.code()) {
                    recordAttach(a.request(), at);
                }
                Octets peer = vlrRoutes.getOrDefault(a.vlr(), a.request().peer());
                out.add(new GsupSend(peer, answer));
            }
        }
    }

    /** The first awaited answer for this IMSI and request type whose VLR matches (any VLR if home sent none). */
    private AwaitedAnswer find(String imsi, int requestType, Octets destination, AwaitedAnswer.Purpose purpose) {
        for (AwaitedAnswer a : awaited) {
            if (a.imsi().equals(imsi) && a.requestType() == requestType
                    && (destination == null || destination.isEmpty() || a.vlr().equals(destination))
                    && (purpose == null || a.purpose() == purpose)) {
                return a;
            }
        }
        return null;
    }

    private void extendLocationUpdate(String imsi, Octets destination, long now) {
        AwaitedAnswer a = find(imsi, GsupMessageType.UPDATE_LOCATION_REQUEST.code(), destination,
                AwaitedAnswer.Purpose.RELAY);
        if (a != null) {
            awaited.set(awaited.indexOf(a), a.withDeadline(Math.max(a.deadline(),
                    now + settings.answerBound().toMillis())));
        }
    }

    private void learnSubscriberData(GsupMessage insertData, Instant at) {
        Visitor visitor = cache.find(insertData.imsi(), at).orElse(Visitor.fresh(insertData.imsi(), at));
        String msisdn = msisdnDigits(insertData.msisdn());
        Octets stored = Octets.of(GsupEncoder.encode(insertData));
        cache.save(visitor.withSubscriberData(msisdn != null ? msisdn : visitor.msisdn(), stored, at));
    }

    private void recordAttach(HeldRequest request, Instant at) {
        String imsi = request.imsi();
        Visitor visitor = cache.find(imsi, at).orElse(Visitor.fresh(imsi, at));
        String vlr = IpaNameText.toText(request.source());
        boolean viaProxy = !request.source().equals(request.peer());
        cache.save(CacheAnswers.isPs(request.message()) ? visitor.withPsAttach(vlr, at, false)
                : visitor.withCsAttach(vlr, viaProxy, at, false));
    }

    private void endAttach(String imsi, String vlr, Instant at) {
        cache.find(imsi, at).ifPresent(v -> {
            Visitor changed = v;
            if (vlr.equals(v.csVlr())) {
                changed = changed.withoutCsAttach(at);
            }
            if (vlr.equals(v.psVlr())) {
                changed = changed.withoutPsAttach(at);
            }
            if (changed != v) {
                LOG.info("Visitor {} moved on: attach at {} cancelled by home", imsi, vlr);
                cache.save(changed);
            }
        });
    }

    // ---- timers --------------------------------------------------------------------------------------------------

    private void expireHeld(long now, List<GsupSend> out) {
        List<HeldRequest> due = new ArrayList<>();
        for (Iterator<HeldRequest> it = held.iterator(); it.hasNext(); ) {
            HeldRequest h = it.next();
            if (h.deadline() <= now) {
                it.remove();
                due.add(h);
            }
        }
        for (HeldRequest h : due) {
            LOG.info("Visitor {}: home HLR not reachable within {} ms; {} served without it", h.imsi(),
                    settings.answerBound().toMillis(), h.message().type());
            cacheAnswers.serve(h, now, out);
        }
    }

    private void expireAwaited(long now, List<GsupSend> out) {
        List<AwaitedAnswer> due = new ArrayList<>();
        for (Iterator<AwaitedAnswer> it = awaited.iterator(); it.hasNext(); ) {
            AwaitedAnswer a = it.next();
            if (a.deadline() <= now) {
                it.remove();
                due.add(a);
            }
        }
        for (AwaitedAnswer a : due) {
            if (a.purpose() == AwaitedAnswer.Purpose.RELAY) {
                LOG.info("Visitor {}: home HLR {} did not answer {} in time", a.imsi(), a.home(),
                        a.request().message().type());
                cacheAnswers.serve(a.request(), now, out);
            }
        }
    }

    private void housekeeping(long now) {
        if (links == null) {
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        int expired = cache.expire(at);
        if (expired > 0) {
            LOG.info("Roaming cache: {} visitor(s) expired", expired);
        }
        for (Visitor v : cache.pendingHomeUpdates(at)) {
            if (v.home() != null) {
                if (readyLinks.contains(v.home())) {
                    tellHomeAboutCachedAttaches(v.home(), now);
                } else {
                    links.open(v.home());
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The home address from the roaming cache (memory first, then SQLite), or null. */
    private HomeAddress homeOf(String imsi, long now) {
        return cache.find(imsi, Instant.ofEpochMilli(now)).map(Visitor::home).orElse(null);
    }

    /** The digits of an ISD MSISDN IE ({@code [n][TBCD]}), or null when there are none. */
    static String msisdnDigits(Octets msisdn) {
        if (msisdn == null || msisdn.length() < 2) {
            return null;
        }
        int n = msisdn.get(0);
        if (n < 1 || n > msisdn.length() - 1) {
            return null;
        }
        String digits = Tbcd.decode(msisdn.toByteArray(), 1, n);
        return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) ? null : digits;
    }

    static boolean isValidImsi(String imsi) {
        if (imsi == null || imsi.length() < 6 || imsi.length() > 15) {
            return false;
        }
        return imsi.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void failed(String what, RuntimeException e) {
        internalErrors.incrementAndGet();
        LOG.warn("D-GSM proxy failed to {}", what, e);
    }
}
