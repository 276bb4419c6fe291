package org.dgsm.hlr.gsup;

import java.util.Arrays;
import java.util.Random;

/** Damages valid byte strings the way fuzzers do: bit flips, truncations, insertions, changed length bytes, splices. */
public final class Mutations {

    private Mutations() {
    }

    /** One to four random mutations of {@code seed} (which is not modified). */
    public static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            out = mutateOnce(out, random);
        }
        return out;
    }

    private static byte[] mutateOnce(byte[] in, Random random) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(in.length);
        byte[] out = in.clone();
        switch (random.nextInt(7)) {
            case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> out[at] = (byte) random.nextInt(256);
            case 2 -> out = Arrays.copyOf(in, at);
            case 3 -> {
                out = new byte[in.length - 1];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + 1, out, at, in.length - at - 1);
            }
            case 4 -> {
                out = new byte[in.length + 1];
                System.arraycopy(in, 0, out, 0, at);
                out[at] = (byte) random.nextInt(256);
                System.arraycopy(in, at, out, at + 1, in.length - at);
            }
            // a length byte off by a little, the most common way TLV parsers go wrong
            case 5 -> out[at] = (byte) (out[at] + random.nextInt(5) - 2);
            default -> {
                int from = random.nextInt(in.length);
                int length = random.nextInt(in.length - from) + 1;
                out = new byte[in.length + length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, from, out, at, length);
                System.arraycopy(in, at, out, at + length, in.length - at);
            }
        }
        return out;
    }

    public static byte[] randomBytes(Random random, int maxLength) {
        byte[] out = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(out);
        return out;
    }
}
