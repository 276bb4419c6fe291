package org.dgsm.smpp.message;

import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The stable identity of one SMS (or delivery receipt) as it travels between villages: 16 random bytes, written as
 * 32 lower-case hex digits. The receiving village stores it to recognise a retransmission.
 *
 * @throws IllegalArgumentException from the constructor unless {@code hex} is exactly 32 lower-case hex digits
 */
public record SmsId(String hex) {

    public static final int LENGTH = 16;

    private static final HexFormat HEX = HexFormat.of();

    public SmsId {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("an SMS id has " + 2 * LENGTH + " hex digits, got " + hex.length());
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                throw new IllegalArgumentException("an SMS id has lower-case hex digits only: '" + hex + "'");
            }
        }
    }

    public static SmsId random(RandomGenerator random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return fromBytes(bytes);
    }

    /** @throws IllegalArgumentException unless {@code bytes} has exactly 16 bytes */
    public static SmsId fromBytes(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("an SMS id has " + LENGTH + " bytes, got " + bytes.length);
        }
        return new SmsId(HEX.formatHex(bytes));
    }

    public byte[] bytes() {
        return HEX.parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
