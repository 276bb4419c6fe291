package org.dgsm.node.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a database after a fault with what was acknowledged before it: an acknowledged location update whose VLR
 * number (or LU time) is gone counts as lost, so does a stored SQN behind one already handed out (the next vector
 * would reuse it).
 */
public record FaultCheck(boolean integrityOk, String integrity, long ackedChecked, long lostLocationUpdates,
                         long sqnRegressions, List<String> problems) {

    private static final int KEPT_PROBLEMS = 10;

    public static FaultCheck of(StoredState state, AckLog log) {
        List<String> problems = new ArrayList<>();
        long lost = 0;
        long checked = 0;
        for (Map.Entry<String, StoredState.Row> e : state.rows().entrySet()) {
            String imsi = e.getKey();
            StoredState.Row row = e.getValue();
            boolean acked = log.lastAckedVlr().containsKey(imsi);
            if (acked) {
                checked++;
            }
            if (!log.allowedVlr(imsi, row.vlrNumber()) || (acked && row.lastLuSeen() == null)) {
                lost++;
                note(problems, imsi + ": stored vlr_number " + row.vlrNumber() + ", last acknowledged "
                        + log.lastAckedVlr().get(imsi) + ", last_lu_seen " + row.lastLuSeen());
            }
        }
        long regressions = 0;
        for (Map.Entry<String, Long> e : log.highestSqn().entrySet()) {
            StoredState.Row row = state.rows().get(e.getKey());
            int shift = row == null ? 0 : row.indBitlen();
            if (row == null || row.sqn() == null || (row.sqn() >>> shift) < (e.getValue() >>> shift)) {
                regressions++;
                note(problems, e.getKey() + ": stored SQN " + (row == null ? null : row.sqn())
                        + " behind acknowledged " + e.getValue());
            }
        }
        return new FaultCheck(state.integrityOk(), state.integrity(), checked, lost, regressions, problems);
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    public boolean clean() {
        return integrityOk && lostLocationUpdates == 0 && sqnRegressions == 0;
    }
}
