package org.dgsm.mslookup.signing;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AnswerVerifier} decided about one answer.
 *
 * @param outcome   accepted (signed or legacy) or why not
 * @param detail    the same in words, for logs
 * @param companion the companion that proved the answer, for {@link Outcome#SIGNED}
 */
public record Verdict(Outcome outcome, String detail, Optional<SignatureCompanion> companion) {

    /** Rejections are ordered from the least to the most telling, so that the most telling one is reported. */
    public enum Outcome {
        SIGNED(true),
        LEGACY(true),
        NO_COMPANION(false),
        UNKNOWN_KEY(false),
        BAD_MAC(false),
        OUTSIDE_REPLAY_WINDOW(false),
        REPLAYED_NONCE(false);

        private final boolean accepted;

        Outcome(boolean accepted) {
            this.accepted = accepted;
        }

        public boolean accepted() {
            return accepted;
        }
    }

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(companion, "companion");
    }

    public boolean accepted() {
        return outcome.accepted();
    }

    static Verdict rejected(Outcome outcome, String detail) {
        return new Verdict(outcome, detail, Optional.empty());
    }

    /** The more telling of two rejections (the later one on a tie). */
    static Verdict moreTelling(Verdict a, Verdict b) {
        if (a == null) {
            return b;
        }
        return b.outcome.ordinal() >= a.outcome.ordinal() ? b : a;
    }
}
