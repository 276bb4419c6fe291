package org.dgsm.hlr.gsup;

/**
 * One PDP context entry. Either a full PDP info IE (0x05) — context id plus optional PDP address
 * ({@code 0xF0|organisation}, type number, address bytes), APN (DNS-style labels), QoS and charging characteristics,
 * all kept as raw bytes — or, with {@code contextIdOnly}, a bare top-level PDP context id IE (0x10) as Delete
 * Subscriber Data uses it.
 *
 * @param contextId 1–255; osmo's encoder skips entries with context id 0, so the model has none
 */
public record PdpInfo(int contextId, boolean contextIdOnly, Octets pdpAddress, Octets apn, Octets qos,
                      Octets chargingCharacteristics) {

    public PdpInfo {
        if (contextId < 1 || contextId > 0xff) {
            throw new IllegalArgumentException("PDP context id must be 1-255, got " + contextId);
        }
        if (contextIdOnly && (pdpAddress != null || apn != null || qos != null || chargingCharacteristics != null)) {
            throw new IllegalArgumentException("a bare PDP context id carries no other PDP data");
        }
        int nestedLength = 3 + nestedLength(pdpAddress) + nestedLength(apn) + nestedLength(qos)
                + nestedLength(chargingCharacteristics);
        if (nestedLength > 0xff) {
            throw new IllegalArgumentException("PDP info does not fit one IE: " + nestedLength + " bytes > 255");
        }
    }

    /** A bare PDP context id (top-level IE 0x10). */
    public static PdpInfo contextIdOnly(int contextId) {
        return new PdpInfo(contextId, true, null, null, null, null);
    }

    /** A PDP info IE; each of the byte fields may be {@code null} (absent). */
    public static PdpInfo of(int contextId, Octets pdpAddress, Octets apn, Octets qos, Octets chargingCharacteristics) {
        return new PdpInfo(contextId, false, pdpAddress, apn, qos, chargingCharacteristics);
    }

    private static int nestedLength(Octets value) {
        return value == null ? 0 : 2 + value.length();
    }
}
