package org.dgsm.hlr.mslookup;

import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.server.MslookupAnswerSource;
import org.dgsm.mslookup.wire.IdType;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers mslookup queries from the HLR's knowledge, as osmo-hlr's mslookup server does (mslookup-mdns.md §7):
 * <ul>
 * <li>{@code gsup.hlr}: for every subscriber in the local database, by IMSI or MSISDN, age 0, with the configured
 *     {@code gsup.hlr} address (no answer when there is none);</li>
 * <li>any other service: only for a subscriber whose last CS location update was at a VLR directly connected to
 *     this HLR ({@code vlr_number} set, {@code vlr_via_proxy} empty) no longer ago than the validity window; the age
 *     is the whole seconds since that update, and the address is the VLR's own entry for the service, else the
 *     global one. Purge does not stop the answers; PS attaches do not count.</li>
 * </ul>
 * Further attach records (the D-GSM proxy's table) may be added; the youngest attach wins, the database on a tie.
 * Never throws: a database failure means no answer.
 */
public final class HlrAnswerSource implements MslookupAnswerSource {

    private static final Logger LOG = LoggerFactory.getLogger(HlrAnswerSource.class);

    private final SubscriberStore store;
    private final MslookupServiceSettings settings;
    private final Clock clock;
    private final List<LocalAttachRecords> attachRecords;

    public HlrAnswerSource(SubscriberStore store, MslookupServiceSettings settings, Clock clock) {
        this(store, settings, clock, List.of());
    }

    /** @param moreAttachRecords consulted after the database, e.g. the D-GSM proxy's table */
    public HlrAnswerSource(SubscriberStore store, MslookupServiceSettings settings, Clock clock,
                           List<LocalAttachRecords> moreAttachRecords) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        List<LocalAttachRecords> all = new ArrayList<>();
        all.add(this::attachInDatabase);
        all.addAll(moreAttachRecords);
        this.attachRecords = List.copyOf(all);
    }

    @Override
    public Optional<MslookupResult> lookup(MslookupQuery query) {
        try {
            return MslookupServiceSettings.GSUP_HLR_SERVICE.equals(query.service())
                    ? homeHlr(query)
                    : attachedHere(query);
        } catch (RuntimeException e) {
            LOG.warn("mslookup {}: cannot answer: {}", query, e.toString());
            return Optional.empty();
        }
    }

    private Optional<MslookupResult> homeHlr(MslookupQuery query) {
        if (subscriber(query.id()).isEmpty()) {
            LOG.debug("mslookup {}: not a local subscriber", query);
            return Optional.empty();
        }
        ServiceAddresses address = settings.gsupHlrAnswer();
        if (address == null) {
            LOG.warn("mslookup {}: local subscriber, but no gsup.hlr address is configured", query);
            return Optional.empty();
        }
        return Optional.of(new MslookupResult(0, address.v4(), address.v6()));
    }

    private Optional<MslookupResult> attachedHere(MslookupQuery query) {
        long nowSeconds = Math.floorDiv(clock.millis(), 1000L);
        long maxAge = settings.validity().getSeconds();
        LocalAttach youngest = null;
        long youngestAge = Long.MAX_VALUE;
        for (LocalAttachRecords records : attachRecords) {
            Optional<LocalAttach> attach = records.lastLocalAttach(query.id());
            if (attach.isEmpty() || attach.get().vlrName().isEmpty()) {
                continue;
            }
            long age = nowSeconds - attach.get().lastLocationUpdate().getEpochSecond();
            if (age < 0 || age > maxAge || age > MslookupResult.MAX_AGE_SECONDS) {
                LOG.debug("mslookup {}: attach at {} is {} s old, outside 0..{} s", query, attach.get().vlrName(),
                        age, maxAge);
                continue;
            }
            if (age < youngestAge) {
                youngest = attach.get();
                youngestAge = age;
            }
        }
        if (youngest == null) {
            LOG.debug("mslookup {}: not attached at a local VLR", query);
            return Optional.empty();
        }
        ServiceAddresses address = settings.serviceFor(youngest.vlrName(), query.service());
        if (address == null) {
            LOG.debug("mslookup {}: attached at {}, but service {} is not configured", query, youngest.vlrName(),
                    query.service());
            return Optional.empty();
        }
        return Optional.of(new MslookupResult(youngestAge, address.v4(), address.v6()));
    }

    private Optional<LocalAttach> attachInDatabase(MslookupId id) {
        Optional<Subscriber> found = subscriber(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Subscriber s = found.get();
        boolean viaProxy = s.vlrViaProxy() != null && !s.vlrViaProxy().isEmpty();
        if (s.vlrNumber() == null || s.vlrNumber().isEmpty() || viaProxy || s.lastLuSeen() == null) {
            return Optional.empty();
        }
        return Optional.of(new LocalAttach(s.vlrNumber(), s.lastLuSeen()));
    }

    private Optional<Subscriber> subscriber(MslookupId id) {
        return id.type() == IdType.IMSI ? store.findByImsi(id.digits()) : store.findByMsisdn(id.digits());
    }
}
