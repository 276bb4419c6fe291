package org.dgsm.smpp.message;

import java.util.Objects;

/**
 * An SMPP address as it appears in a PDU: type of number, numbering plan indicator and the address text. Kept as
 * received so that a forwarded SMS carries the sender exactly as the originating SMSC gave it.
 *
 * @throws IllegalArgumentException from the constructor for a TON or NPI outside 0..255
 */
public record SmppAddress(int ton, int npi, String address) {

    public SmppAddress {
        Objects.requireNonNull(address, "address");
        if (ton < 0 || ton > 0xff) {
            throw new IllegalArgumentException("TON must be 0..255, got " + ton);
        }
        if (npi < 0 || npi > 0xff) {
            throw new IllegalArgumentException("NPI must be 0..255, got " + npi);
        }
    }

    @Override
    public String toString() {
        return address + " (ton " + ton + ", npi " + npi + ")";
    }
}
