package org.dgsm.smpp.queue;

import org.dgsm.smpp.message.SmsId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store that keeps the queue in memory, with the same all-or-nothing {@link #apply} as the SQLite one: for the
 * simulator, which drives many routers on a virtual clock, and for anything that must not touch a disk. Nothing
 * survives the process.
 */
public final class InMemorySmsStore implements SmsStore {

    private final Map<SmsId, SmsRecord> records = new LinkedHashMap<>();
    private final Map<SmsId, Long> seen = new HashMap<>();
    private boolean closed;

    @Override
    public synchronized List<SmsRecord> loadAll() {
        ensureOpen();
        List<SmsRecord> all = new ArrayList<>(records.values());
        all.sort((a, b) -> Long.compare(a.createdAt(), b.createdAt()));
        return all;
    }

    @Override
    public synchronized boolean isSeen(SmsId id) {
        ensureOpen();
        return seen.containsKey(id);
    }

    @Override
    public synchronized void apply(List<StoreChange> changes) {
        ensureOpen();
        Map<SmsId, SmsRecord> nextRecords = new LinkedHashMap<>(records);
        Map<SmsId, Long> nextSeen = new HashMap<>(seen);
        for (StoreChange change : changes) {
            if (change instanceof StoreChange.Insert insert) {
                if (nextRecords.putIfAbsent(insert.record().id(), insert.record()) != null) {
                    throw new StoreException("SMS id " + insert.record().id() + " is already queued");
                }
            } else if (change instanceof StoreChange.Update update) {
                SmsRecord old = nextRecords.get(update.record().id());
                if (old == null) {
                    throw new StoreException("no queued SMS with id " + update.record().id() + " to update");
                }
                SmsRecord r = update.record();
                nextRecords.put(r.id(), new SmsRecord(old.id(), old.kind(), old.origin(), old.route(), old.target(),
                        old.message(), old.replyTo(), old.reference(), r.state(), r.attempts(), old.createdAt(),
                        r.expiresAt(), r.nextAttemptAt(), r.lastError(), r.smscMessageId()));
            } else if (change instanceof StoreChange.Delete delete) {
                nextRecords.remove(delete.id());
            } else if (change instanceof StoreChange.MarkSeen mark) {
                nextSeen.putIfAbsent(mark.id(), mark.at());
            }
        }
        records.clear();
        records.putAll(nextRecords);
        seen.clear();
        seen.putAll(nextSeen);
    }

    @Override
    public synchronized int purgeSeen(long before) {
        ensureOpen();
        int size = seen.size();
        seen.values().removeIf(at -> at < before);
        return size - seen.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the in-memory SMS queue is closed");
        }
    }
}
