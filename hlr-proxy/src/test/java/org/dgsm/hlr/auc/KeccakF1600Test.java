package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeccakF1600Test {

    @Test
    void permutingTheZeroStateGivesTheKnownFirstLane() {
        // Keccak team's intermediate values: lane (0,0) after Keccak-f[1600] of the zero state.
        long[] lanes = new long[25];
        KeccakF1600.permute(lanes);
        assertThat(lanes[0]).isEqualTo(0xF1258F7940E1DDE7L);
    }

    @Test
    void sha3BuiltOnThePermutationMatchesTheJdk() throws NoSuchAlgorithmException {
        SplittableRandom random = new SplittableRandom(35231);
        MessageDigest jdk = MessageDigest.getInstance("SHA3-256");
        for (int i = 0; i < 300; i++) {
            byte[] message = new byte[random.nextInt(0, 500)];
            random.nextBytes(message);
            assertThat(sha3_256(message)).as("message length %d", message.length).isEqualTo(jdk.digest(message));
        }
    }

    @Test
    void rejectsAStateOfTheWrongSize() {
        assertThatThrownBy(() -> KeccakF1600.permute(new byte[199])).isInstanceOf(IllegalArgumentException.class);
    }

    /** A minimal SHA3-256 sponge (rate 136 bytes, domain padding 0x06 ... 0x80). */
    private static byte[] sha3_256(byte[] message) {
        int rate = 136;
        int blocks = message.length / rate + 1;
        byte[] padded = Arrays.copyOf(message, blocks * rate);
        padded[message.length] ^= 0x06;
        padded[padded.length - 1] ^= (byte) 0x80;
        byte[] state = new byte[200];
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i < rate; i++) {
                state[i] ^= padded[b * rate + i];
            }
            KeccakF1600.permute(state);
        }
        return Arrays.copyOf(state, 32);
    }
}
