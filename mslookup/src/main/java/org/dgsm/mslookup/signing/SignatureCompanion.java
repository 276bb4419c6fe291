package org.dgsm.mslookup.signing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.dgsm.mslookup.wire.MslookupQuery;

/**
 * The content of a companion packet: which answer it vouches for (by query; the DNS packet id is copied from the
 * answer but, as in mslookup itself, plays no role), with which key, when, a random nonce and the MAC.
 *
 * @param packetId        DNS packet id, copied from the answer (cosmetic)
 * @param query           the query whose answer is signed
 * @param keyId           id of the {@link MeshKey} used
 * @param timestampMillis signer's wall clock, ms since 1970 (UTC)
 * @param nonce           64 random bits; a verifier accepts each (key id, nonce) once
 * @param mac             HMAC-SHA256, 32 bytes, see {@link AnswerMac}
 */
public record SignatureCompanion(int packetId, MslookupQuery query, String keyId, long timestampMillis, long nonce,
                                 byte[] mac) {

    public static final int MAC_BYTES = 32;

    public SignatureCompanion {
        if (packetId < 0 || packetId > 0xffff) {
            throw new IllegalArgumentException("packet id must be 0..65535, got " + packetId);
        }
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(mac, "mac");
        if (timestampMillis < 0) {
            throw new IllegalArgumentException("timestamp must not be negative: " + timestampMillis);
        }
        if (mac.length != MAC_BYTES) {
            throw new IllegalArgumentException("mac must be " + MAC_BYTES + " bytes, got " + mac.length);
        }
        mac = mac.clone();
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignatureCompanion c && c.packetId == packetId && c.query.equals(query)
                && c.keyId.equals(keyId) && c.timestampMillis == timestampMillis && c.nonce == nonce
                && Arrays.equals(c.mac, mac);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, keyId, timestampMillis, nonce);
    }

    @Override
    public String toString() {
        return "SignatureCompanion[" + query + " kid=" + keyId + " ts=" + timestampMillis + " nonce="
                + HexFormat.of().toHexDigits(nonce) + "]";
    }
}
