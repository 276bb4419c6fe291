package org.dgsm.hlr.core;

import org.dgsm.hlr.auc.RandSource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** RANDs a test queued, in order; once they run out, seeded pseudo-random ones (reproducible). Thread-safe. */
final class QueuedRands implements RandSource {

    private final Deque<byte[]> queued = new ArrayDeque<>();
    private final SplittableRandom fallback;

    QueuedRands() {
        this(4222);
    }

    QueuedRands(long seed) {
        fallback = new SplittableRandom(seed);
    }

    synchronized QueuedRands add(String... hexRands) {
        for (String hex : hexRands) {
            queued.add(HexFormat.of().parseHex(hex));
        }
        return this;
    }

    @Override
    public synchronized byte[] nextRand() {
        byte[] next = queued.poll();
        if (next != null) {
            return next;
        }
        byte[] rand = new byte[16];
        fallback.nextBytes(rand);
        return rand;
    }
}
