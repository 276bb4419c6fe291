package org.dgsm.smpp;

import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link SmsLookup} over multicast mslookup. As osmo's lookups: the first age-0 answer settles it at once, otherwise
 * the youngest answer within the timeout wins; the IPv4 address is preferred.
 */
public final class MslookupSmsLookup implements SmsLookup {

    public static final String SERVICE = "smpp.sms";

    private final MulticastMslookupClient client;
    private final long timeoutMillis;

    public MslookupSmsLookup(MulticastMslookupClient client, Duration timeout) {
        this.client = client;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public CompletableFuture<Optional<ServiceAddress>> lookup(String msisdn) {
        MslookupQuery query;
        try {
            query = new MslookupQuery(SERVICE, MslookupId.msisdn(msisdn));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        AtomicReference<MslookupReport> best = new AtomicReference<>();
        return client.lookup(query, timeoutMillis, timeoutMillis, report -> {
            if (report.code() == ResultCode.RESULT) {
                best.set(report);
            }
        }).handle((last, error) -> {
            MslookupReport r = best.get();
            if (error != null || r == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(r.v4() != null ? r.v4() : r.v6());
        });
    }
}
