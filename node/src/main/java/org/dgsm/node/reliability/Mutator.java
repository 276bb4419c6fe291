package org.dgsm.node.reliability;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fuzz inputs: a quarter random bytes, the rest valid seeds with one to four mutations (bit flips, boundary bytes,
 * inserted, deleted or repeated runs, truncation, splices of two seeds). Lengths and counts inside the seeds are
 * what a decoder must not trust, so boundary bytes (0, 1, 0x7f, 0x80, 0xff) are favoured.
 */
public final class Mutator {

    private static final byte[] BOUNDARY = {0, 1, 2, 0x7f, (byte) 0x80, (byte) 0xfe, (byte) 0xff, '.', ':', '\n'};

    private final SplittableRandom random;
    private final List<byte[]> seeds;
    private final int maxRandomLength;

    public Mutator(long seed, List<byte[]> seeds, int maxRandomLength) {
        this.random = new SplittableRandom(seed);
        this.seeds = List.copyOf(seeds);
        this.maxRandomLength = maxRandomLength;
    }

    public byte[] next() {
        if (random.nextInt(4) == 0) {
            byte[] b = new byte[random.nextInt(maxRandomLength + 1)];
            random.nextBytes(b);
            return b;
        }
        byte[] b = seeds.get(random.nextInt(seeds.size())).clone();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            b = mutate(b);
        }
        return b;
    }

    private byte[] mutate(byte[] b) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        switch (random.nextInt(8)) {
            case 0 -> {
                if (b.length > 0) {
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                if (b.length > 0) {
                    b[at] = BOUNDARY[random.nextInt(BOUNDARY.length)];
                }
            }
            case 2 -> {
                if (b.length > 0) {
                    b[at] = (byte) random.nextInt(256);
                }
            }
            case 3 -> {
                byte[] insert = new byte[1 + random.nextInt(16)];
                random.nextBytes(insert);
                b = splice(b, at, insert, 0);
            }
            case 4 -> {
                int n = b.length == 0 ? 0 : random.nextInt(Math.min(16, b.length - at) + 1);
                b = splice(b, at, new byte[0], n);
            }
            case 5 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length + 1));
            case 6 -> {
                int n = b.length == 0 ? 0 : 1 + random.nextInt(Math.min(32, b.length - at));
                byte[] run = Arrays.copyOfRange(b, at, at + n);
                int times = 1 + random.nextInt(4);
                for (int i = 0; i < times && b.length < 4096; i++) {
                    b = splice(b, at, run, 0);
                }
            }
            default -> {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                b = splice(Arrays.copyOf(b, at), at, Arrays.copyOfRange(other, from, other.length), 0);
            }
        }
        return b;
    }

    /** b with {@code remove} bytes at {@code at} replaced by {@code insert}. */
    private static byte[] splice(byte[] b, int at, byte[] insert, int remove) {
        int cut = Math.min(at, b.length);
        int resume = Math.min(b.length, cut + remove);
        byte[] out = new byte[cut + insert.length + (b.length - resume)];
        System.arraycopy(b, 0, out, 0, cut);
        System.arraycopy(insert, 0, out, cut, insert.length);
        System.arraycopy(b, resume, out, cut + insert.length, b.length - resume);
        return out;
    }
}
