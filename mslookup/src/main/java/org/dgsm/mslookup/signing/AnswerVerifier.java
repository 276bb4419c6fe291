package org.dgsm.mslookup.signing;

import java.net.InetAddress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupResult;

/**
 * Decides whether an answer may be used (sans-I/O; the caller passes its wall-clock time). Accepted are answers
 * whose every address belongs to a legacy village (those cannot sign; answers carry no sender identity, so the
 * address is all there is), and answers with a companion for the same query that
 * <ul>
 *   <li>names a key of our {@link MeshKeyRing} (current or previous),</li>
 *   <li>carries the right MAC over name, age, addresses, ports, timestamp and nonce,</li>
 *   <li>has a timestamp within {@code replayWindowMillis} of now (either way, to allow for clock skew),</li>
 *   <li>and a (key id, nonce) this verifier has not accepted before.</li>
 * </ul>
 * Nonces are remembered for twice the window, long enough to outlive every timestamp that could still pass. Not
 * thread-safe.
 */
public final class AnswerVerifier {

    /** Bound on remembered nonces; beyond it the oldest are forgotten (only a flood of valid companions gets there). */
    public static final int MAX_REMEMBERED_NONCES = 100_000;

    private final MeshKeyRing keys;
    private final String suffix;
    private final long replayWindowMillis;
    private final Set<InetAddress> legacyAddresses;
    /** Insertion order = order of the verifier's clock, so expired entries are always at the head. */
    private final Map<NonceKey, Long> seenNonces = new LinkedHashMap<>();

    /**
     * @param legacyAddresses service addresses of villages that do not sign (IPv4 or IPv6)
     * @throws IllegalArgumentException for an invalid suffix or a window that is not positive
     */
    public AnswerVerifier(MeshKeyRing keys, String suffix, long replayWindowMillis, Set<InetAddress> legacyAddresses) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.suffix = DomainSuffix.requireValid(suffix);
        if (replayWindowMillis <= 0) {
            throw new IllegalArgumentException("replay window must be positive, got " + replayWindowMillis);
        }
        this.replayWindowMillis = replayWindowMillis;
        this.legacyAddresses = Set.copyOf(legacyAddresses);
    }

    /** Whether every address in this result belongs to a legacy village. */
    public boolean isLegacy(MslookupResult result) {
        return (result.v4() == null || legacyAddresses.contains(result.v4().ip()))
                && (result.v6() == null || legacyAddresses.contains(result.v6().ip()));
    }

    /**
     * @param companions candidates received around the answer; those for other queries are ignored
     * @param nowMillis  wall clock, ms since 1970
     */
    public Verdict verify(MslookupAnswer answer, List<SignatureCompanion> companions, long nowMillis) {
        Objects.requireNonNull(answer, "answer");
        if (isLegacy(answer.result())) {
            return new Verdict(Verdict.Outcome.LEGACY, "every address of " + answer.query()
                    + " belongs to a legacy village", Optional.empty());
        }
        forgetExpired(nowMillis);
        Verdict best = Verdict.rejected(Verdict.Outcome.NO_COMPANION, "no companion for " + answer.query());
        for (SignatureCompanion companion : companions) {
            if (!companion.query().equals(answer.query())) {
                continue;
            }
            Verdict verdict = check(answer, companion, nowMillis);
            if (verdict.accepted()) {
                return verdict;
            }
            best = Verdict.moreTelling(best, verdict);
        }
        return best;
    }

    private Verdict check(MslookupAnswer answer, SignatureCompanion companion, long nowMillis) {
        Optional<MeshKey> key = keys.byId(companion.keyId());
        if (key.isEmpty()) {
            return Verdict.rejected(Verdict.Outcome.UNKNOWN_KEY, "companion for " + answer.query()
                    + " uses key '" + companion.keyId() + "', not one of " + keys.acceptedKeyIds());
        }
        if (!AnswerMac.matches(key.get(), companion, answer.result(), suffix)) {
            return Verdict.rejected(Verdict.Outcome.BAD_MAC, "companion MAC for " + answer.query()
                    + " does not match the answer (key '" + companion.keyId() + "')");
        }
        long skew = nowMillis - companion.timestampMillis();
        if (skew > replayWindowMillis || skew < -replayWindowMillis) {
            return Verdict.rejected(Verdict.Outcome.OUTSIDE_REPLAY_WINDOW, "companion for " + answer.query()
                    + " is timestamped " + skew + " ms from now, outside the " + replayWindowMillis + " ms window");
        }
        NonceKey nonce = new NonceKey(companion.keyId(), companion.nonce());
        if (seenNonces.containsKey(nonce)) {
            return Verdict.rejected(Verdict.Outcome.REPLAYED_NONCE, "companion nonce for " + answer.query()
                    + " was already used");
        }
        seenNonces.put(nonce, nowMillis + 2 * replayWindowMillis);
        while (seenNonces.size() > MAX_REMEMBERED_NONCES) {
            Iterator<NonceKey> oldest = seenNonces.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return new Verdict(Verdict.Outcome.SIGNED, "signed with key '" + companion.keyId() + "'",
                Optional.of(companion));
    }

    private void forgetExpired(long nowMillis) {
        Iterator<Map.Entry<NonceKey, Long>> it = seenNonces.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() > nowMillis) {
                break;
            }
            it.remove();
        }
    }

    /** Nonces remembered now, for tests and status. */
    public int rememberedNonces() {
        return seenNonces.size();
    }

    public String suffix() {
        return suffix;
    }

    private record NonceKey(String keyId, long nonce) {
    }
}
