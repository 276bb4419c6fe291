package org.dgsm.hlr.proxy;

import org.dgsm.hlr.mslookup.LocalAttach;
import org.dgsm.hlr.mslookup.LocalAttachRecords;
import org.dgsm.mslookup.wire.IdType;
import org.dgsm.mslookup.wire.MslookupId;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The visitors' CS attaches at local VLRs, for {@link org.dgsm.hlr.mslookup.HlrAnswerSource}: with them this
 * village answers {@code sip.voice} / {@code smpp.sms} for visitors attached here (mslookup-mdns.md §7.2). An attach
 * via another proxy does not count, and a Location Cancel or Purge ends it; the age limit is applied by the answer
 * source.
 */
public final class VisitorAttachRecords implements LocalAttachRecords {

    private final RoamingCache cache;
    private final Clock clock;

    public VisitorAttachRecords(RoamingCache cache, Clock clock) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<LocalAttach> lastLocalAttach(MslookupId id) {
        Optional<Visitor> visitor = id.type() == IdType.IMSI
                ? cache.find(id.digits(), clock.instant())
                : cache.findByMsisdn(id.digits(), clock.instant());
        return visitor.filter(v -> v.csVlr() != null && !v.csVlr().isEmpty() && !v.csViaProxy()
                        && v.csLocationUpdate() != null)
                .map(v -> new LocalAttach(v.csVlr(), v.csLocationUpdate()));
    }
}
