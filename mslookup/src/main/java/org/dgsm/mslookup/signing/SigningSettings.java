package org.dgsm.mslookup.signing;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;

/**
 * Signed mslookup on one node.
 *
 * @param keys                 sign with the current key; accept current and previous
 * @param replayWindowMillis   how far a companion's timestamp may be from our clock, either way
 * @param legacyAddresses      service addresses of villages that do not sign; their answers are accepted unsigned
 * @param companionGraceMillis how long an answer waits for its companion (and a companion for its answer)
 */
public record SigningSettings(MeshKeyRing keys, long replayWindowMillis, Set<InetAddress> legacyAddresses,
                              long companionGraceMillis) {

    public static final long DEFAULT_REPLAY_WINDOW_MILLIS = 30_000;
    public static final long DEFAULT_COMPANION_GRACE_MILLIS = 250;

    public SigningSettings {
        Objects.requireNonNull(keys, "keys");
        if (replayWindowMillis <= 0) {
            throw new IllegalArgumentException("replay window must be positive, got " + replayWindowMillis);
        }
        legacyAddresses = Set.copyOf(legacyAddresses);
        if (companionGraceMillis < 0) {
            throw new IllegalArgumentException("companion grace must not be negative, got " + companionGraceMillis);
        }
    }

    /** 30 s replay window, 250 ms grace, no legacy villages. */
    public static SigningSettings of(MeshKeyRing keys) {
        return new SigningSettings(keys, DEFAULT_REPLAY_WINDOW_MILLIS, Set.of(), DEFAULT_COMPANION_GRACE_MILLIS);
    }

    public SigningSettings withLegacyAddresses(Set<InetAddress> addresses) {
        return new SigningSettings(keys, replayWindowMillis, addresses, companionGraceMillis);
    }

    public SigningSettings withReplayWindowMillis(long millis) {
        return new SigningSettings(keys, millis, legacyAddresses, companionGraceMillis);
    }

    public SigningSettings withCompanionGraceMillis(long millis) {
        return new SigningSettings(keys, replayWindowMillis, legacyAddresses, millis);
    }

    public AnswerSigner signer(String suffix) {
        return new AnswerSigner(keys.current(), suffix);
    }

    public AnswerVerifier verifier(String suffix) {
        return new AnswerVerifier(keys, suffix, replayWindowMillis, legacyAddresses);
    }
}
