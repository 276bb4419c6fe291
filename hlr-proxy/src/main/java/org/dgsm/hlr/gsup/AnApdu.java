package org.dgsm.hlr.gsup;

import java.util.Objects;

/**
 * AN-APDU (IE 0x62): access network protocol byte and the PDU. osmo's decoder refuses an AN-APDU without PDU bytes,
 * so the PDU has 1–254 bytes.
 */
public record AnApdu(int protocol, Octets pdu) {

    public static final int BSSAP = 1;
    public static final int RANAP = 2;

    public AnApdu {
        if (protocol < 0 || protocol > 0xff) {
            throw new IllegalArgumentException("AN-APDU protocol must be one byte, got " + protocol);
        }
        Objects.requireNonNull(pdu, "pdu");
        if (pdu.isEmpty() || pdu.length() > 0xfe) {
            throw new IllegalArgumentException("AN-APDU PDU must be 1-254 bytes, got " + pdu.length());
        }
    }
}
