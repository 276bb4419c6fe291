package org.dgsm.hlr.auc;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Where the AuC gets a fresh 16-byte RAND for every vector. Production uses
 * {@link #secure()}; tests inject fixed values.
 */
@FunctionalInterface
public interface RandSource {

    /**
     * A new 16-byte RAND. An exception or a value of another length counts as "no random
     * bytes available" for that vector.
     */
    byte[] nextRand();

    /** RANDs drawn from {@code generator}, which must be safe for the callers' threads. */
    static RandSource from(RandomGenerator generator) {
        Objects.requireNonNull(generator, "generator");
        return () -> {
            byte[] rand = new byte[16];
            generator.nextBytes(rand);
            return rand;
        };
    }

    /** RANDs from a {@link SecureRandom}. */
    static RandSource secure() {
        return from(new SecureRandom());
    }
}
