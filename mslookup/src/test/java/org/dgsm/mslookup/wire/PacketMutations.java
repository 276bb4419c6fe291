package org.dgsm.mslookup.wire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random damage to valid packets: bit flips, truncation, length-byte changes, insertions, deletions, splices. */
public final class PacketMutations {

    private static final int[] INTERESTING = {0, 1, 2, 3, 4, 6, 9, 10, 16, 28, 63, 64, 0x7f, 0x80, 0xc0, 0xff};

    private PacketMutations() {
    }

    /** Packets of the vector file and some fresh encodings, each with 1 to 4 random mutations. */
    public static Arbitrary<byte[]> mutatedPackets() {
        List<byte[]> seeds = MdnsVectors.all().stream().map(MdnsVectors.Vector::packet).toList();
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs(), Arbitraries.integers().between(1, 4))
                .as((packet, seed, count) -> {
                    Random random = new Random(seed);
                    byte[] mutated = packet;
                    for (int i = 0; i < count; i++) {
                        mutated = mutate(mutated, random);
                    }
                    return mutated;
                });
    }

    public static byte[] mutate(byte[] packet, Random random) {
        if (packet.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] out = packet.clone();
        int at = random.nextInt(packet.length);
        switch (random.nextInt(8)) {
            case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> out = Arrays.copyOf(packet, random.nextInt(packet.length));
            case 2 -> out[at] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
            case 3 -> out[at] += (byte) (random.nextBoolean() ? 1 : -1); // hits label lengths, RDLENGTHs, counts
            case 4 -> out = insert(packet, at, randomBytes(random, 1 + random.nextInt(12)));
            case 5 -> out = delete(packet, at, 1 + random.nextInt(Math.min(12, packet.length - at)));
            case 6 -> { // change a section count
                int field = 4 + 2 * random.nextInt(4);
                if (field + 1 < out.length) {
                    out[field + 1] += (byte) (random.nextInt(5) - 2);
                }
            }
            default -> { // duplicate a slice elsewhere, e.g. a whole record
                int from = random.nextInt(packet.length);
                int length = 1 + random.nextInt(packet.length - from);
                out = insert(packet, random.nextInt(packet.length + 1), Arrays.copyOfRange(packet, from, from + length));
            }
        }
        return out;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] insert(byte[] packet, int at, byte[] extra) {
        byte[] out = new byte[packet.length + extra.length];
        System.arraycopy(packet, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(packet, at, out, at + extra.length, packet.length - at);
        return out;
    }

    private static byte[] delete(byte[] packet, int at, int length) {
        byte[] out = new byte[packet.length - length];
        System.arraycopy(packet, 0, out, 0, at);
        System.arraycopy(packet, at + length, out, at, packet.length - at - length);
        return out;
    }
}
