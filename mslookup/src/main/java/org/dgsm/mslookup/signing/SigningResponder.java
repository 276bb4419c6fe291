package org.dgsm.mslookup.signing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dgsm.mslookup.server.MslookupResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MslookupResponder} whose every answer is followed by its companion (sans-I/O). The answer itself is
 * unchanged, so osmo clients use it as before.
 */
public final class SigningResponder {

    private static final Logger LOG = LoggerFactory.getLogger(SigningResponder.class);

    private final MslookupResponder responder;
    private final AnswerSigner signer;
    private long unsigned;

    public SigningResponder(MslookupResponder responder, AnswerSigner signer) {
        this.responder = Objects.requireNonNull(responder, "responder");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * The datagrams to multicast, in order: nothing, or the answer followed by its companion (the answer alone if
     * the companion cannot be built, which is logged and counted). Never throws for any datagram.
     *
     * @param wallNowMillis wall clock, ms since 1970, for the companion's timestamp
     */
    public List<byte[]> onPacket(byte[] datagram, long wallNowMillis) {
        Optional<byte[]> answer = responder.onPacket(datagram);
        if (answer.isEmpty()) {
            return List.of();
        }
        try {
            return List.of(answer.get(), signer.sign(answer.get(), wallNowMillis));
        } catch (RuntimeException e) {
            unsigned++;
            LOG.warn("sending an mslookup answer without companion, signing nodes will drop it: {}", e.getMessage());
            return List.of(answer.get());
        }
    }

    public MslookupResponder responder() {
        return responder;
    }

    /** Answers sent without a companion because it could not be built. */
    public long unsignedAnswers() {
        return unsigned;
    }
}
