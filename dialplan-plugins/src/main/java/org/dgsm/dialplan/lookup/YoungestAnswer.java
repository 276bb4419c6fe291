package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupResult;

import java.util.Optional;

/**
 * Folds the reports of one lookup into its outcome. The final report alone is not enough: when an aged answer was
 * reported at min-delay, the lookup ends with a {@code none} report ("the previous result stands") that carries no
 * address.
 */
final class YoungestAnswer {

    private volatile MslookupResult youngest;

    /** Takes every report of the lookup, in order. */
    void offer(MslookupReport report) {
        if (report.code() == ResultCode.RESULT) {
            MslookupResult result = new MslookupResult(report.ageSeconds(), report.v4(), report.v6());
            MslookupResult current = youngest;
            if (current == null || result.ageSeconds() < current.ageSeconds()) {
                youngest = result;
            }
        }
    }

    Optional<MslookupResult> result() {
        return Optional.ofNullable(youngest);
    }
}
