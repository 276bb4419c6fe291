package org.dgsm.simulations.mirror;

import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.VirtualNetwork;
import org.dgsm.simulations.system.CellularSystem;
import org.dgsm.simulations.system.Located;
import org.dgsm.simulations.system.Service;
import org.dgsm.simulations.system.UpdateResult;
import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.Population;
import org.dgsm.simulations.world.SimSubscriber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The baseline (entirely a model): one central subscriber database, mirrored to every village.
 * <ul>
 *   <li>Every village holds a full copy, so a location update is always accepted locally, at once, whatever the
 *       links do (no roaming problem at all), and the village knows about it immediately.</li>
 *   <li>Every {@code syncMinutes} (each village at its own random phase) a village that can reach the central
 *       village pushes the location updates it took since its last push, then pulls the central state. An
 *       unreachable central means the sync is skipped until the next period.</li>
 *   <li>A lookup is a local database read (no latency): the newest of what the village saw itself and what the
 *       central had at the village's last pull.</li>
 * </ul>
 * So a move becomes visible elsewhere after between 0 and two sync periods, as practice shows for mirrored
 * databases (10–30 minutes).
 */
public final class MirrorSystem implements CellularSystem {

    private final String name;
    private final Simulator simulator;
    private final VirtualNetwork network;
    private final int central;
    private final long syncMillis;
    private final SplittableRandom random;
    private final CentralHistory[] centralHistory;
    /** Per subscriber: village of the last location update, and its time, as the village itself recorded it. */
    private final int[] registeredAt;
    private final long[] lastPull;
    /** (village, subscriber) → time of the subscriber's newest location update taken at that village. */
    private final Map<Long, Long> ownUpdates = new HashMap<>();
    private final List<List<PendingUpdate>> pendingPush = new ArrayList<>();
    private long origin;
    private long syncs;
    private long skippedSyncs;
    private long lookups;

    public MirrorSystem(String name, int syncMinutes, int centralVillage, Simulator simulator, VirtualNetwork network,
                        Population population, SplittableRandom random) {
        if (syncMinutes < 1) {
            throw new IllegalArgumentException("sync period must be at least one minute, got " + syncMinutes);
        }
        this.name = name;
        this.simulator = simulator;
        this.network = network;
        this.central = centralVillage;
        this.syncMillis = syncMinutes * 60_000L;
        this.random = random;
        this.centralHistory = new CentralHistory[population.size()];
        this.registeredAt = new int[population.size()];
        this.lastPull = new long[network.villageCount()];
        java.util.Arrays.fill(registeredAt, -1);
        for (int i = 0; i < centralHistory.length; i++) {
            centralHistory[i] = new CentralHistory();
        }
        for (int v = 0; v < network.villageCount(); v++) {
            pendingPush.add(new ArrayList<>());
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        long now = simulator.now();
        origin = now;
        for (int v = 0; v < network.villageCount(); v++) {
            int village = v;
            lastPull[v] = now;
            simulator.at(now + random.nextLong(syncMillis), () -> sync(village));
        }
    }

    private void sync(int village) {
        long now = simulator.now();
        if (network.reachable(village, central)) {
            syncs++;
            List<PendingUpdate> pending = pendingPush.get(village);
            for (PendingUpdate update : pending) {
                centralHistory[update.subscriber()].record(now, update.luTime(), village);
            }
            pending.clear();
            lastPull[village] = now;
        } else {
            skippedSyncs++;
        }
        simulator.after(syncMillis, () -> sync(village));
    }

    /** A location update taken at a village and not yet pushed to the central database. */
    private record PendingUpdate(int subscriber, long luTime) {
    }

    @Override
    public void locationUpdate(SimSubscriber subscriber, int village, CampReason reason,
                               Consumer<UpdateResult> done) {
        long now = simulator.now();
        int s = subscriber.index();
        ownUpdates.put(key(village, s), now);
        if (reason != CampReason.PERIODIC || registeredAt[s] != village) {
            registeredAt[s] = village;
            if (reason == CampReason.INITIAL) {
                // Where phones are at the start was synchronised long ago: the baseline starts in steady state.
                centralHistory[s].record(origin, now, village);
            } else if (village == central) {
                centralHistory[s].record(now, now, village); // the central site's own database
            } else {
                pendingPush.get(village).add(new PendingUpdate(s, now));
            }
        }
        done.accept(UpdateResult.SUCCESS);
    }

    @Override
    public void locate(int fromVillage, Service service, SimSubscriber target, Consumer<Located> done) {
        lookups++;
        int s = target.index();
        long bestTime = Long.MIN_VALUE;
        int bestVillage = -1;
        // What the village recorded itself: a phone that updated here is believed here until news of a newer LU.
        long own = lastOwnUpdate(fromVillage, s);
        if (own != Long.MIN_VALUE) {
            bestTime = own;
            bestVillage = fromVillage;
        }
        long knownAt = fromVillage == central ? simulator.now() : lastPull[fromVillage];
        int row = centralHistory[s].latestKnownAt(knownAt);
        if (row >= 0 && centralHistory[s].luTime(row) > bestTime) {
            bestVillage = centralHistory[s].village(row);
        }
        done.accept(new Located(bestVillage, 0, bestVillage < 0 ? -1 : 0));
    }

    /** The newest LU of subscriber {@code s} taken at {@code village} (it has left since), if the village has one. */
    private long lastOwnUpdate(int village, int s) {
        Long time = ownUpdates.get(key(village, s));
        return time == null ? Long.MIN_VALUE : time;
    }

    private static long key(int village, int subscriber) {
        return ((long) village << 32) | subscriber;
    }

    @Override
    public boolean isRegisteredAt(SimSubscriber subscriber, int village) {
        return registeredAt[subscriber.index()] == village;
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("syncs", syncs);
        counters.put("syncsSkippedCentralUnreachable", skippedSyncs);
        counters.put("lookups", lookups);
        return counters;
    }

    @Override
    public void close() {
        // nothing to release: the model lives in memory
    }
}
