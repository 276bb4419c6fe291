package org.dgsm.node.reliability;

import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.SubscriberStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * kill -9 under load, in a loop: a node in a child JVM, a {@link Storm} of location updates and auth info requests,
 * SIGKILL at a random moment, then the database is checked against what was acknowledged ({@link FaultCheck}) and
 * the node restarted on the same file. Optionally, once per round, the database files are copied while the storm
 * runs (a power-cut simulation) and the copy is checked too.
 */
public final class KillLoop {

    public record Settings(String classpath, Path workDir, String address, int rounds, int subscribers,
                           int callers, Duration minLoad, Duration maxLoad, long seed, boolean powerCutCopies) {
        public Settings {
            if (rounds < 1 || rounds > 10_000) {
                throw new IllegalArgumentException("rounds must be 1..10000");
            }
        }
    }

    /**
     * @param kills           running nodes killed and restarted (a node that exited by itself is not counted but is
     *                        a problem: {@code unexpectedExits})
     * @param lost            acknowledged location updates missing after a kill, summed over rounds (must be 0)
     * @param sqnRegressions  stored SQNs behind one already handed out (must be 0)
     * @param duplicateSqns   SQNs acknowledged twice for one subscriber (must be 0)
     * @param copies          power-cut copies taken; {@code copiesBroken} of them failed to open or were inconsistent
     */
    public record Report(int kills, int unexpectedExits, long acknowledgedLocationUpdates, long acknowledgedAuthInfos,
                         long lost, long sqnRegressions, long duplicateSqns, int integrityFailures, int copies,
                         int copiesBroken, long copyAckedBefore, long copyAckedBeforePresent, List<String> problems) {
        public boolean clean() {
            return unexpectedExits == 0 && lost == 0 && sqnRegressions == 0 && duplicateSqns == 0
                    && integrityFailures == 0 && copiesBroken == 0;
        }
    }

    private KillLoop() {
    }

    public static Report run(Settings s, PrintStream out) throws IOException, InterruptedException, SQLException {
        Path db = s.workDir().resolve("hlr.db");
        List<String> imsis = provision(db, s.subscribers());
        Path nodeLog = s.workDir().resolve("node.log");
        SplittableRandom random = new SplittableRandom(s.seed());
        AckLog log = new AckLog();
        long lost = 0;
        long regressions = 0;
        int integrityFailures = 0;
        int kills = 0;
        int unexpectedExits = 0;
        int copies = 0;
        int copiesBroken = 0;
        long ackedBefore = 0;
        long ackedBeforePresent = 0;
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < s.rounds(); round++) {
            NodeProcess node = NodeProcess.start(s.classpath(), db, s.address(), nodeLog, Duration.ofSeconds(60));
            long loadMillis = s.minLoad().toMillis()
                    + random.nextLong(Math.max(1, s.maxLoad().toMillis() - s.minLoad().toMillis() + 1));
            try (Storm storm = Storm.start(node.gsupAddress(), "r" + round, imsis, s.callers(), log,
                    Duration.ofSeconds(3))) {
                if (s.powerCutCopies()) {
                    Thread.sleep(loadMillis / 2);
                    PowerCut.Result copy = PowerCut.copyAndCheck(db, s.workDir().resolve("copy-" + round), log);
                    copies++;
                    ackedBefore += copy.ackedBeforeCopy();
                    ackedBeforePresent += copy.ackedBeforeCopyPresent();
                    if (!copy.consistent()) {
                        copiesBroken++;
                        problems.add("round " + round + " copy: " + copy.problem());
                    }
                    Thread.sleep(loadMillis - loadMillis / 2);
                } else {
                    Thread.sleep(loadMillis);
                }
                if (node.isAlive()) {
                    node.kill();
                    kills++;
                } else {
                    unexpectedExits++;
                    problems.add("round " + round + ": the node exited by itself; see " + nodeLog);
                }
            } finally {
                node.close();
            }
            FaultCheck check = FaultCheck.of(StoredState.read(db), log);
            lost += check.lostLocationUpdates();
            regressions += check.sqnRegressions();
            if (!check.integrityOk()) {
                integrityFailures++;
            }
            problems.addAll(check.problems());
            out.printf("round %d: killed after %d ms; acknowledged LU %d, SAI %d so far; integrity %s, lost %d,"
                            + " SQN behind %d, SQN twice %d%n", round, loadMillis, log.locationUpdates(),
                    log.authInfos(), check.integrity(), check.lostLocationUpdates(), check.sqnRegressions(),
                    log.duplicateSqns());
        }
        return new Report(kills, unexpectedExits, log.locationUpdates(), log.authInfos(), lost, regressions,
                log.duplicateSqns(), integrityFailures, copies, copiesBroken, ackedBefore, ackedBeforePresent,
                problems.subList(0, Math.min(20, problems.size())));
    }

    static List<String> provision(Path db, int subscribers) {
        List<String> imsis = new ArrayList<>();
        try (SubscriberStore store = SubscriberStore.open(db)) {
            store.inOneTransaction(() -> {
                for (int i = 0; i < subscribers; i++) {
                    String imsi = String.format("90170%010d", i);
                    store.createWithAuth(imsi, Integer.toString(30000 + i), AuthData2g.of(AuthAlgorithm.COMP128V1,
                            Soak.KI), AuthData3g.milenageWithOpc(Soak.KI, Soak.OPC));
                    imsis.add(imsi);
                }
                return null;
            });
        }
        return imsis;
    }
}
