package org.dgsm.hlr.gsup;

import java.util.Objects;

/**
 * SM-RP-DA (IE 0x41) or SM-RP-OA (IE 0x42): an identity type byte followed by the identity (gsup-ipa.md §5.5).
 * IMSI identities are TBCD, MSISDN and SMSC addresses a TON/NPI octet plus TBCD; all kept as raw bytes.
 * {@link #NONE} (0xff, "no SM-RP-DA/OA") has no identity bytes, every other type has at least one.
 */
public record SmRpAddress(int type, Octets identity) {

    public static final int IMSI = 0x01;
    public static final int MSISDN = 0x02;
    public static final int SMSC_ADDRESS = 0x03;
    public static final int NONE = 0xff;

    public SmRpAddress {
        Objects.requireNonNull(identity, "identity (use Octets.EMPTY for NONE)");
        switch (type) {
            case IMSI, MSISDN, SMSC_ADDRESS -> {
                if (identity.isEmpty() || identity.length() > 0xfe) {
                    throw new IllegalArgumentException("SM-RP identity must be 1-254 bytes, got " + identity.length());
                }
            }
            case NONE -> {
                if (!identity.isEmpty()) {
                    throw new IllegalArgumentException("SM-RP type NONE (0xff) carries no identity bytes");
                }
            }
            default -> throw new IllegalArgumentException(String.format("unknown SM-RP identity type 0x%02x", type));
        }
    }

    public static SmRpAddress none() {
        return new SmRpAddress(NONE, Octets.EMPTY);
    }
}
