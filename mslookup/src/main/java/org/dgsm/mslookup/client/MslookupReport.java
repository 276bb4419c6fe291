package org.dgsm.mslookup.client;

import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.util.Objects;

/**
 * One report of a lookup in progress or finished. A request produces zero or more reports with {@code last == false}
 * and exactly one with {@code last == true}, after which it is gone.
 *
 * <ul>
 *   <li>{@link ResultCode#RESULT}: {@code ageSeconds} and at least one of {@code v4}/{@code v6};</li>
 *   <li>{@link ResultCode#NOT_FOUND}: nothing ever arrived; age 0, no addresses, last;</li>
 *   <li>{@link ResultCode#NONE}: the best result was reported before; carries that result's age, no addresses,
 *       last.</li>
 * </ul>
 */
public record MslookupReport(long requestId, MslookupQuery query, ResultCode code, boolean last, long ageSeconds,
                             ServiceAddress v4, ServiceAddress v6) {

    public MslookupReport {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(code, "code");
    }

    static MslookupReport result(long requestId, MslookupQuery query, MslookupResult result, boolean last) {
        return new MslookupReport(requestId, query, ResultCode.RESULT, last, result.ageSeconds(), result.v4(),
                result.v6());
    }

    static MslookupReport notFound(long requestId, MslookupQuery query) {
        return new MslookupReport(requestId, query, ResultCode.NOT_FOUND, true, 0, null, null);
    }

    static MslookupReport none(long requestId, MslookupQuery query, long ageSeconds) {
        return new MslookupReport(requestId, query, ResultCode.NONE, true, ageSeconds, null, null);
    }
}
