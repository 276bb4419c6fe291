package org.dgsm.hlr.auc;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * IND slots kept in memory with the numbering of osmo-hlr's {@code ind} table (an SQLite
 * rowid): a new name gets the largest slot so far plus one, the first one gets 1.
 * Thread-safe.
 */
public final class InMemoryIndAllocator implements IndAllocator {

    private final Map<String, Integer> slots = new HashMap<>();
    private int largest;

    public InMemoryIndAllocator() {
    }

    /** Starts from existing slots, e.g. rows already in a database. */
    public InMemoryIndAllocator(Map<String, Integer> existing) {
        for (Map.Entry<String, Integer> e : existing.entrySet()) {
            int ind = Objects.requireNonNull(e.getValue(), "IND");
            if (ind < 1) {
                throw new IllegalArgumentException("IND slots start at 1");
            }
            slots.put(Objects.requireNonNull(e.getKey(), "VLR name"), ind);
            largest = Math.max(largest, ind);
        }
    }

    @Override
    public synchronized OptionalInt indFor(String vlrName) {
        Objects.requireNonNull(vlrName, "vlrName");
        Integer ind = slots.get(vlrName);
        if (ind == null) {
            if (largest == Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
            ind = ++largest;
            slots.put(vlrName, ind);
        }
        return OptionalInt.of(ind);
    }

    /** A copy of the current name-to-slot table. */
    public synchronized Map<String, Integer> slots() {
        return Map.copyOf(slots);
    }
}
