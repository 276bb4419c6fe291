package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.store.SubscriberStore;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The persistent roaming cache: visitors and their stock of authentication tuples in dgsm-node's own SQLite tables
 * (in the subscriber database file, so it survives a restart and is written in the HLR's group commit), with the
 * most recently used visitors held in memory in front of it. Tuples are always read from SQLite and deleted there
 * when taken, so each is handed out at most once.
 *
 * <p>A visitor not updated for {@code dataExpiry} counts as unknown and is removed with its tuples at the next
 * {@link #expire}. Thread-safe (the proxy's thread writes; the mslookup server reads).
 */
public final class RoamingCache {

    private final SubscriberStore store;
    private final Duration dataExpiry;
    private final Map<String, Visitor> recent;

    public RoamingCache(SubscriberStore store, Duration dataExpiry, int maxEntriesInMemory) {
        this.store = Objects.requireNonNull(store, "store");
        this.dataExpiry = Objects.requireNonNull(dataExpiry, "dataExpiry");
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Visitor> eldest) {
                return size() > maxEntriesInMemory;
            }
        };
    }

    /** The visitor, unless unknown or expired at {@code now}. */
    public Optional<Visitor> find(String imsi, Instant now) {
        Visitor v = remembered(imsi);
        if (v == null) {
            v = store.readOwnTables("read roaming visitor " + imsi, c -> RoamingTables.findByImsi(c, imsi))
                    .orElse(null);
            if (v != null) {
                remember(v);
            }
        }
        return Optional.ofNullable(v).filter(found -> !isExpired(found, now));
    }

    /** The youngest visitor with this MSISDN, unless expired. */
    public Optional<Visitor> findByMsisdn(String msisdn, Instant now) {
        return store.readOwnTables("read roaming visitor by MSISDN",
                        c -> RoamingTables.findByMsisdn(c, msisdn))
                .map(v -> {
                    Visitor newer = remembered(v.imsi());
                    return newer != null ? newer : v;
                })
                .filter(v -> msisdn.equals(v.msisdn()) && !isExpired(v, now));
    }

    public void save(Visitor visitor) {
        store.writeOwnTables("store roaming visitor " + visitor.imsi(), c -> {
            RoamingTables.save(c, visitor);
            return null;
        });
        remember(visitor);
    }

    public void delete(String imsi) {
        synchronized (recent) {
            recent.remove(imsi);
        }
        store.writeOwnTables("delete roaming visitor " + imsi, c -> RoamingTables.delete(c, imsi));
    }

    public void addTuples(String imsi, List<AuthTuple> tuples, Instant fetched) {
        store.writeOwnTables("stock auth tuples of " + imsi, c -> {
            RoamingTables.addTuples(c, imsi, tuples, fetched);
            return null;
        });
    }

    /** Removes and returns up to {@code max} tuples, oldest first. */
    public List<AuthTuple> takeTuples(String imsi, int max) {
        return store.writeOwnTables("take auth tuples of " + imsi, c -> RoamingTables.takeTuples(c, imsi, max));
    }

    public int tupleCount(String imsi) {
        return store.readOwnTables("count auth tuples of " + imsi, c -> RoamingTables.countTuples(c, imsi));
    }

    public List<Visitor> pendingHomeUpdates(Instant now) {
        return store.readOwnTables("list visitors home must hear about", RoamingTables::pendingHomeUpdates)
                .stream().filter(v -> !isExpired(v, now)).toList();
    }

    public List<Visitor> list() {
        return store.readOwnTables("list roaming visitors", RoamingTables::list);
    }

    /** Removes visitors (and their tuples) not updated within the expiry; returns how many. */
    public int expire(Instant now) {
        List<String> old = store.readOwnTables("find expired roaming visitors",
                c -> RoamingTables.updatedBefore(c, now.minus(dataExpiry)));
        for (String imsi : old) {
            delete(imsi);
        }
        return old.size();
    }

    // The in-memory map has its own monitor, never held while the store is called: the store's lock is taken by the
    // GSUP handler for a whole batch (group commit), so holding anything else while waiting for it would deadlock.
    private Visitor remembered(String imsi) {
        synchronized (recent) {
            return recent.get(imsi);
        }
    }

    private void remember(Visitor v) {
        synchronized (recent) {
            recent.put(v.imsi(), v);
        }
    }

    private boolean isExpired(Visitor v, Instant now) {
        return v.updated().plus(dataExpiry).isBefore(now);
    }
}
