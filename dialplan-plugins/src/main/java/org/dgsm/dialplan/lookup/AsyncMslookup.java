package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * One mslookup, asynchronously: the youngest answer any village gave, or empty when none answered in time.
 * Production uses {@link MulticastAsyncMslookup}; tests plug in fakes.
 */
@FunctionalInterface
public interface AsyncMslookup {

    /**
     * Completes with the youngest answer, or empty when no village answered; completes exceptionally only when the
     * lookup could not run at all (socket closed, query not encodable).
     */
    CompletionStage<Optional<MslookupResult>> lookup(MslookupQuery query);
}
