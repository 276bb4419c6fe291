package org.dgsm.hlr.core;

import org.dgsm.hlr.auc.IndAllocator;
import org.dgsm.hlr.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * IND slots from the store's {@code ind} table. A VLR keeps its slot for good, so slots once read are cached and a
 * SAI from a known VLR costs no database work. The cache is bounded: names come from peers, and a peer inventing
 * Source-Names must not grow it without end (the table itself grows as in osmo-hlr).
 */
final class VlrIndSlots implements IndAllocator {

    private static final Logger LOG = LoggerFactory.getLogger(VlrIndSlots.class);

    static final int MAX_CACHED = 10_000;

    private final SubscriberStore store;
    private final ConcurrentMap<String, Integer> cache = new ConcurrentHashMap<>();

    VlrIndSlots(SubscriberStore store) {
        this.store = store;
    }

    @Override
    public OptionalInt indFor(String vlrName) {
        Integer cached = cache.get(vlrName);
        if (cached != null) {
            return OptionalInt.of(cached);
        }
        try {
            int ind = store.indForVlr(vlrName);
            if (cache.size() < MAX_CACHED) {
                cache.put(vlrName, ind);
            }
            return OptionalInt.of(ind);
        } catch (RuntimeException e) {
            LOG.debug("No IND slot for VLR '{}': {}", vlrName, e.getMessage());
            return OptionalInt.empty();
        }
    }
}
