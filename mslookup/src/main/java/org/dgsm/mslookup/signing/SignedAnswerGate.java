package org.dgsm.mslookup.signing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MdnsHeader;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits in front of a {@link org.dgsm.mslookup.client.MslookupClientEngine} on a signing node (sans-I/O): every
 * received datagram goes in, the datagrams the engine may see come out. Queries and undecodable packets pass through
 * untouched (the engine counts them as today); companions are consumed; answers pass only once an {@link
 * AnswerVerifier} accepts them: legacy answers at once, signed ones when their companion is there. An answer waits
 * up to {@code graceMillis} for its companion (and a companion as long for its answer: the network may reorder
 * them); then it is dropped and counted under the most telling rejection seen. Not thread-safe.
 *
 * <p>Times passed to {@link #onPacket} and {@link #onTime} are on the engine's clock (monotonic is fine); the
 * verifier's replay window uses {@code wallClockMillis}.
 */
public final class SignedAnswerGate {

    /** Bound on answers and on companions waiting for each other; beyond it the oldest are dropped. */
    public static final int MAX_HELD = 256;

    private static final Logger LOG = LoggerFactory.getLogger(SignedAnswerGate.class);

    private final String suffix;
    private final AnswerVerifier verifier;
    private final long graceMillis;
    private final LongSupplier wallClockMillis;
    private final MslookupAnswerDecoder answerDecoder;
    private final Deque<HeldAnswer> answers = new ArrayDeque<>();
    private final Deque<HeldCompanion> companions = new ArrayDeque<>();
    private final Map<Verdict.Outcome, Long> counts = new EnumMap<>(Verdict.Outcome.class);
    private long malformedCompanions;

    public SignedAnswerGate(AnswerVerifier verifier, long graceMillis, LongSupplier wallClockMillis) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.suffix = verifier.suffix();
        if (graceMillis < 0) {
            throw new IllegalArgumentException("grace must not be negative, got " + graceMillis);
        }
        this.graceMillis = graceMillis;
        this.wallClockMillis = Objects.requireNonNull(wallClockMillis, "wallClockMillis");
        this.answerDecoder = new MslookupAnswerDecoder(suffix);
    }

    /** The datagrams to hand to the engine now, in order (possibly none). Never throws for any datagram. */
    public List<byte[]> onPacket(byte[] datagram, long nowMillis) {
        expire(nowMillis);
        if (datagram.length < MdnsHeader.LENGTH || !MdnsHeader.isResponse(datagram)) {
            return List.of(datagram);
        }
        if (SignatureCompanionCodec.looksLikeCompanion(datagram, suffix)) {
            return onCompanion(datagram, nowMillis);
        }
        MslookupAnswer answer;
        try {
            answer = answerDecoder.decode(datagram);
        } catch (MalformedPacketException e) {
            return List.of(datagram); // the engine counts it as malformed, as without signing
        }
        HeldAnswer held = new HeldAnswer(datagram, answer, nowMillis + graceMillis);
        Verdict verdict = verifier.verify(answer, waitingCompanions(), wallClockMillis.getAsLong());
        if (verdict.accepted()) {
            consume(verdict);
            count(verdict);
            return List.of(datagram);
        }
        held.note(verdict);
        answers.addLast(held);
        if (answers.size() > MAX_HELD) {
            reject(answers.removeFirst());
        }
        return List.of();
    }

    /** Drops answers and companions whose grace ended at or before {@code nowMillis}. */
    public void onTime(long nowMillis) {
        expire(nowMillis);
    }

    /** When {@link #onTime} has something to do, or empty. */
    public OptionalLong nextDeadline() {
        long next = Long.MAX_VALUE;
        if (!answers.isEmpty()) {
            next = answers.peekFirst().deadline;
        }
        if (!companions.isEmpty()) {
            next = Math.min(next, companions.peekFirst().deadline);
        }
        return next == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(next);
    }

    /** Answers that reached (or were refused for) the engine with this outcome so far. */
    public long count(Verdict.Outcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    /** Packets shaped like companions that did not decode. */
    public long malformedCompanions() {
        return malformedCompanions;
    }

    /** Answers waiting for their companion now. */
    public int heldAnswers() {
        return answers.size();
    }

    private List<byte[]> onCompanion(byte[] datagram, long nowMillis) {
        SignatureCompanion companion;
        try {
            companion = SignatureCompanionCodec.decode(datagram, suffix);
        } catch (MalformedPacketException e) {
            malformedCompanions++;
            LOG.debug("dropping malformed mslookup companion: {}", e.getMessage());
            return List.of();
        }
        long wallNow = wallClockMillis.getAsLong();
        for (Iterator<HeldAnswer> it = answers.iterator(); it.hasNext(); ) {
            HeldAnswer held = it.next();
            if (!held.answer.query().equals(companion.query())) {
                continue;
            }
            Verdict verdict = verifier.verify(held.answer, List.of(companion), wallNow);
            if (verdict.accepted()) {
                it.remove();
                count(verdict);
                return List.of(held.packet);
            }
            held.note(verdict);
        }
        companions.addLast(new HeldCompanion(companion, nowMillis + graceMillis));
        if (companions.size() > MAX_HELD) {
            companions.removeFirst();
        }
        return List.of();
    }

    private List<SignatureCompanion> waitingCompanions() {
        List<SignatureCompanion> list = new ArrayList<>(companions.size());
        companions.forEach(c -> list.add(c.companion));
        return list;
    }

    private void consume(Verdict verdict) {
        verdict.companion().ifPresent(used -> companions.removeIf(c -> c.companion.equals(used)));
    }

    private void expire(long nowMillis) {
        while (!answers.isEmpty() && answers.peekFirst().deadline <= nowMillis) {
            reject(answers.removeFirst());
        }
        while (!companions.isEmpty() && companions.peekFirst().deadline <= nowMillis) {
            companions.removeFirst();
        }
    }

    private void reject(HeldAnswer held) {
        count(held.worst);
        LOG.info("dropping mslookup answer {}: {}", held.answer.query(), held.worst.detail());
    }

    private void count(Verdict verdict) {
        counts.merge(verdict.outcome(), 1L, Long::sum);
    }

    private static final class HeldAnswer {
        final byte[] packet;
        final MslookupAnswer answer;
        final long deadline;
        Verdict worst;

        HeldAnswer(byte[] packet, MslookupAnswer answer, long deadline) {
            this.packet = packet;
            this.answer = answer;
            this.deadline = deadline;
        }

        void note(Verdict verdict) {
            worst = Verdict.moreTelling(worst, verdict);
        }
    }

    private record HeldCompanion(SignatureCompanion companion, long deadline) {
    }
}
