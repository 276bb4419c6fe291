package org.dgsm.mslookup.signing;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MalformedPacketException;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerDecoder;

/** Makes the companion packet of an answer (sans-I/O: the caller passes its wall-clock time). Not thread-safe. */
public final class AnswerSigner {

    private final MeshKey key;
    private final String suffix;
    private final LongSupplier nonces;
    private final MslookupAnswerDecoder decoder;

    /** Nonces from a {@link SecureRandom}. */
    public AnswerSigner(MeshKey key, String suffix) {
        this(key, suffix, new SecureRandom()::nextLong);
    }

    /** @param nonces source of 64-bit nonces; tests pass a fixed sequence */
    public AnswerSigner(MeshKey key, String suffix, LongSupplier nonces) {
        this.key = Objects.requireNonNull(key, "key");
        this.suffix = DomainSuffix.requireValid(suffix);
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.decoder = new MslookupAnswerDecoder(suffix);
    }

    /**
     * The companion packet for an answer packet we are about to send.
     *
     * @param nowMillis wall clock, ms since 1970
     * @throws IllegalArgumentException if {@code answerPacket} is not a valid answer for our suffix, or its companion
     *                                  cannot be encoded
     */
    public byte[] sign(byte[] answerPacket, long nowMillis) {
        MslookupAnswer answer;
        try {
            answer = decoder.decode(answerPacket);
        } catch (MalformedPacketException e) {
            throw new IllegalArgumentException("not an answer we can sign: " + e.getMessage(), e);
        }
        return SignatureCompanionCodec.encode(companionFor(answer, nowMillis), suffix);
    }

    public SignatureCompanion companionFor(MslookupAnswer answer, long nowMillis) {
        long nonce = nonces.getAsLong();
        byte[] mac = AnswerMac.compute(key, nowMillis, nonce, answer.query(), answer.result(), suffix);
        return new SignatureCompanion(answer.packetId(), answer.query(), key.keyId(), nowMillis, nonce, mac);
    }

    public String keyId() {
        return key.keyId();
    }
}
