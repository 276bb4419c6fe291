package org.dgsm.hlr.auc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

/** A {@link RandSource} that hands out given RANDs in order and fails once they run out. */
final class FixedRands implements RandSource {

    private final Deque<byte[]> rands = new ArrayDeque<>();

    private FixedRands() {
    }

    static FixedRands of(String... hexRands) {
        FixedRands source = new FixedRands();
        for (String hex : hexRands) {
            source.rands.add(HexFormat.of().parseHex(hex));
        }
        return source;
    }

    static FixedRands of(byte[]... rands) {
        FixedRands source = new FixedRands();
        for (byte[] r : rands) {
            source.rands.add(r.clone());
        }
        return source;
    }

    @Override
    public byte[] nextRand() {
        byte[] next = rands.poll();
        if (next == null) {
            throw new IllegalStateException("test supplied no more RANDs");
        }
        return next;
    }
}
