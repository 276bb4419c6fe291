package org.dgsm.smpp.queue;

import org.dgsm.smpp.message.SmsId;

import java.util.List;

/** Durable home of the queue. Every method either completes durably or throws {@link StoreException}. */
public interface SmsStore extends AutoCloseable {

    /** All records, oldest first. Rows that no longer decode are skipped (and reported by the implementation). */
    List<SmsRecord> loadAll();

    boolean isSeen(SmsId id);

    /** Applies the changes in one transaction: all of them, or (with an exception) none. */
    void apply(List<StoreChange> changes);

    /** Forgets ids seen before {@code before}; returns how many. */
    int purgeSeen(long before);

    @Override
    void close();
}
