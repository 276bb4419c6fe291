package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.core.GsupHandler;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.Tbcd;
import org.dgsm.hlr.mslookup.LocalAttach;
import org.dgsm.hlr.mslookup.LocalAttachRecords;
import org.dgsm.mslookup.wire.IdType;
import org.dgsm.mslookup.wire.MslookupId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A <b>model</b> of OsmoHLR 1.5's D-GSM proxy (dgsm-proxy.md §1–§5), for the {@code osmohlr} system: what a mesh
 * of OsmoHLRs does, next to our production proxy. It sits where a proxy sits — as the village's
 * {@link GsupHandler} in front of the production {@link HlrCore}. Messages about IMSIs in the village's own
 * database go to the core untouched; messages from the local MSC about any other IMSI are proxied: the home HLR is
 * found with a real {@code gsup.hlr} mslookup, the message goes there with Source-Name set to the MSC, and the
 * answers come back by Destination-Name. The proxy table (RAM only) answers mslookup for visitors through the
 * production {@code HlrAnswerSource}.
 *
 * <p>As OsmoHLR 1.5: no cache; a failed lookup answers every queued request with an error and deletes the entry;
 * requests queued for a home whose connection cannot be opened are never answered (the MSC times out); a visitor
 * keeps being answered for until its entry ages out (1 h without update, collected every 60 s), Location Cancel or
 * not. Not modelled: the handshake race of fresh links (dgsm-proxy.md §3.1 — the model forwards only on a link
 * that is up), SAI, PS.
 */
final class OsmoProxyModel implements GsupHandler, VillageProxy {

    static final long GC_INTERVAL_MILLIS = 60_000;
    static final long ENTRY_LIFETIME_MILLIS = 3_600_000;

    private final HlrCore core;
    private final Set<String> localImsis;
    private final Octets mscName;
    private final String mscText;
    private final int noProxyCause;
    private final ProxyEnvironment env;
    private final Map<String, ProxyEntry> entries = new LinkedHashMap<>();
    private final Map<String, ProxyEntry> byMsisdn = new HashMap<>();
    private final Counters counters = new Counters();

    OsmoProxyModel(HlrCore core, Set<String> localImsis, Octets mscName, int noProxyCause, ProxyEnvironment env) {
        this.core = Objects.requireNonNull(core, "core");
        this.localImsis = localImsis;
        this.mscName = mscName;
        this.mscText = text(mscName);
        this.noProxyCause = noProxyCause;
        this.env = env;
    }

    // ---- GsupHandler: the village's GSUP server side -------------------------------------------------------------

    @Override
    public List<GsupSend> onPeerConnected(Octets peer, long nowMillis) {
        return core.onPeerConnected(peer, nowMillis);
    }

    @Override
    public List<GsupSend> onPeerDisconnected(Octets peer, long nowMillis) {
        return core.onPeerDisconnected(peer, nowMillis);
    }

    @Override
    public List<GsupSend> onMessage(Octets peer, GsupMessage message, long nowMillis) {
        if (localImsis.contains(message.imsi()) || !peer.equals(mscName)) {
            return core.onMessage(peer, message, nowMillis);
        }
        fromMsc(peer, message);
        return List.of();
    }

    @Override
    public List<GsupSend> onTime(long nowMillis) {
        return core.onTime(nowMillis);
    }

    @Override
    public OptionalLong nextDeadline() {
        return core.nextDeadline();
    }

    /** The proxy table as seen by the production mslookup answer source. */
    LocalAttachRecords attachRecords() {
        return this::lastLocalAttach;
    }

    // ---- VLR -> home --------------------------------------------------------------------------------------------

    private void fromMsc(Octets peer, GsupMessage message) {
        long now = env.now();
        ProxyEntry entry = entries.get(message.imsi());
        if (entry == null) {
            entry = new ProxyEntry(message.imsi(), now);
            entries.put(entry.imsi, entry);
            counters.entriesCreated++;
        }
        if (message.type() == GsupMessageType.UPDATE_LOCATION_REQUEST) {
            entry.preliminaryCsVlr = text(peer);
            entry.lastUpdateMillis = now;
        }
        entry.queue.add(message.toBuilder().sourceName(peer).build());
        dispatch(entry);
    }

    private void dispatch(ProxyEntry entry) {
        if (entry.home < 0) {
            if (!entry.lookingUp) {
                lookUpHome(entry);
            }
            return;
        }
        if (entry.connecting || entry.queue.isEmpty()) {
            return;
        }
        entry.connecting = true;
        env.connectHome(entry.home, up -> {
            entry.connecting = false;
            if (entries.get(entry.imsi) != entry) {
                return;
            }
            if (up) {
                for (GsupMessage queued : entry.queue) {
                    counters.forwarded++;
                    env.sendHome(entry.home, queued);
                }
            } else {
                counters.neverAnswered += entry.queue.stream().filter(GsupMessage::isRequest).count();
            }
            entry.queue.clear();
        });
    }

    private void lookUpHome(ProxyEntry entry) {
        entry.lookingUp = true;
        counters.homeLookups++;
        env.findHome(entry.imsi, home -> {
            entry.lookingUp = false;
            if (entries.get(entry.imsi) != entry) {
                return;
            }
            if (home.isPresent()) {
                entry.home = home.getAsInt();
                entry.lastUpdateMillis = env.now();
                dispatch(entry);
                return;
            }
            counters.homeLookupFailures++;
            for (GsupMessage request : entry.queue) {
                if (request.isRequest()) {
                    counters.errorsSent++;
                    env.toLocalPeers(List.of(new GsupSend(mscName,
                            GsupReplies.error(request, noProxyCause).build())));
                }
            }
            entry.queue.clear();
            remove(entry);
        });
    }

    // ---- home -> VLR --------------------------------------------------------------------------------------------

    @Override
    public GsupHandler handler() {
        return this;
    }

    @Override
    public void onHomeLinkDown(int home) {
        // OsmoHLR destroys the client and tells nobody: what was sent and not answered stays unanswered.
    }

    @Override
    public void onHomeMessage(int home, GsupMessage message) {
        onHomeMessage(message);
    }

    @Override
    public void addCounters(Map<String, Long> c) {
        c.merge("proxyVisitorEntriesCreated", counters.entriesCreated, Long::sum);
        c.merge("proxyVisitorEntriesExpired", counters.entriesExpired, Long::sum);
        c.merge("proxyHomeLookups", counters.homeLookups, Long::sum);
        c.merge("proxyHomeLookupFailures", counters.homeLookupFailures, Long::sum);
        c.merge("proxyForwarded", counters.forwarded, Long::sum);
        c.merge("proxyRequestsNeverAnswered", counters.neverAnswered, Long::sum);
        c.merge("proxyErrorsSent", counters.errorsSent, Long::sum);
        c.merge("proxyDroppedFromHome", counters.droppedFromHome, Long::sum);
    }

    /** A message from the home HLR of one of our visitors. */
    void onHomeMessage(GsupMessage message) {
        ProxyEntry entry = entries.get(message.imsi());
        Octets destination = message.destinationName();
        if (entry == null || destination == null || !destination.equals(mscName)) {
            counters.droppedFromHome++;
            return;
        }
        long now = env.now();
        if (message.type() == GsupMessageType.INSERT_DATA_REQUEST) {
            String msisdn = msisdnOf(message.msisdn());
            if (msisdn != null) {
                setMsisdn(entry, msisdn);
                entry.lastUpdateMillis = now;
            }
        } else if (message.type() == GsupMessageType.UPDATE_LOCATION_RESULT) {
            if (!mscText.equals(entry.preliminaryCsVlr)) {
                counters.droppedFromHome++;
                return;
            }
            entry.csVlr = entry.preliminaryCsVlr;
            entry.preliminaryCsVlr = null;
            entry.csLocationUpdateMillis = now;
            entry.lastUpdateMillis = now;
        }
        env.toLocalPeers(List.of(new GsupSend(mscName, message)));
    }

    /** Deletes entries not updated for an hour (osmo's garbage collector, every 60 s). */
    void collectGarbage() {
        long now = env.now();
        Iterator<ProxyEntry> it = entries.values().iterator();
        while (it.hasNext()) {
            ProxyEntry entry = it.next();
            if (now - entry.lastUpdateMillis > ENTRY_LIFETIME_MILLIS) {
                it.remove();
                forgetMsisdn(entry);
                counters.entriesExpired++;
            }
        }
    }

    private Optional<LocalAttach> lastLocalAttach(MslookupId id) {
        ProxyEntry entry = id.type() == IdType.IMSI ? entries.get(id.digits()) : byMsisdn.get(id.digits());
        if (entry == null || entry.csVlr == null || entry.csLocationUpdateMillis < 0) {
            return Optional.empty();
        }
        return Optional.of(new LocalAttach(entry.csVlr, Instant.ofEpochMilli(entry.csLocationUpdateMillis)));
    }

    private void remove(ProxyEntry entry) {
        entries.remove(entry.imsi);
        forgetMsisdn(entry);
    }

    private void setMsisdn(ProxyEntry entry, String msisdn) {
        if (!msisdn.equals(entry.msisdn)) {
            forgetMsisdn(entry);
            entry.msisdn = msisdn;
        }
        byMsisdn.put(msisdn, entry);
    }

    private void forgetMsisdn(ProxyEntry entry) {
        if (entry.msisdn != null && byMsisdn.get(entry.msisdn) == entry) {
            byMsisdn.remove(entry.msisdn);
        }
    }

    /** The MSISDN IE as osmo-hlr writes it: one length octet, then TBCD digits; null for none or garbage. */
    static String msisdnOf(Octets ie) {
        if (ie == null || ie.length() < 2) {
            return null;
        }
        int length = ie.get(0);
        if (length < 1 || length + 1 > ie.length()) {
            return null;
        }
        String digits = Tbcd.decode(ie.toByteArray(), 1, length);
        return digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') ? null : digits;
    }

    private static String text(Octets name) {
        byte[] bytes = name.toByteArray();
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    Counters counters() {
        return counters;
    }

    /** What the proxy did, for the results. */
    static final class Counters {
        long entriesCreated;
        long entriesExpired;
        long homeLookups;
        long homeLookupFailures;
        long forwarded;
        long neverAnswered;
        long errorsSent;
        long droppedFromHome;
    }
}
