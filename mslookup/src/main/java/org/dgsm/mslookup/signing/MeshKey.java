package org.dgsm.mslookup.signing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One shared mesh key: a short public id (sent in every companion, so that receivers know which key to check with)
 * and the secret (never sent). Villages agree on keys among themselves; see docs/signed-mslookup.md.
 *
 * @param keyId  1..32 characters of {@code A-Z a-z 0-9 . _ -}, e.g. {@code assembly-2026-03}
 * @param secret at least 16 bytes (32 bytes recommended)
 * @throws IllegalArgumentException from the constructor for an invalid id or a short secret
 */
public record MeshKey(String keyId, byte[] secret) {

    public static final int MIN_SECRET_BYTES = 16;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public MeshKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(secret, "secret");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("key id must be 1..32 characters of A-Z a-z 0-9 . _ -, got '"
                    + keyId + "'");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("secret of key '" + keyId + "' must be at least " + MIN_SECRET_BYTES
                    + " bytes, got " + secret.length);
        }
        secret = secret.clone();
    }

    /**
     * A key from its id and its secret written as hex digits (as typed in from a sheet or read from a USB stick;
     * spaces and colons between digits are ignored).
     *
     * @throws IllegalArgumentException for an invalid id, text that is not hex, or fewer than 16 bytes
     */
    public static MeshKey fromHex(String keyId, String secretHex) {
        Objects.requireNonNull(secretHex, "secretHex");
        String digits = secretHex.replaceAll("[\\s:]", "");
        byte[] secret;
        try {
            secret = HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret of key '" + keyId + "' is not hex digits", e);
        }
        return new MeshKey(keyId, secret);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeshKey key && key.keyId.equals(keyId) && Arrays.equals(key.secret, secret);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "MeshKey[" + keyId + "]";
    }
}
