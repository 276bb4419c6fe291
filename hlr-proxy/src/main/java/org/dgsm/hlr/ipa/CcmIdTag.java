package org.dgsm.hlr.ipa;

import java.util.List;

/** IPA identity tags used in CCM ID_GET / ID_RESP (gsup-ipa.md §2.2). */
public final class CcmIdTag {

    /** The serial number: the IPA name osmo routes GSUP by. */
    public static final int SERIAL_NUMBER = 0x00;
    public static final int UNIT_NAME = 0x01;
    public static final int LOCATION_1 = 0x02;
    public static final int LOCATION_2 = 0x03;
    public static final int EQUIPMENT_VERSION = 0x04;
    public static final int SOFTWARE_VERSION = 0x05;
    public static final int IP_ADDRESS = 0x06;
    public static final int MAC_ADDRESS = 0x07;
    /** {@code site/bts/trx}; osmo-hlr closes a connection whose ID_RESP lacks it. */
    public static final int UNIT_ID = 0x08;
    public static final int USER_NAME = 0x09;
    public static final int PASSWORD = 0x0a;
    public static final int ACCESS_CLASS = 0x0b;
    public static final int APP_PROTOCOL_VERSION = 0x0c;

    /** The tags osmo-hlr asks for on every accepted connection, in its order. */
    public static final List<Integer> OSMO_HLR_REQUEST = List.of(UNIT_ID, MAC_ADDRESS, LOCATION_1, LOCATION_2,
            EQUIPMENT_VERSION, SOFTWARE_VERSION, UNIT_NAME, SERIAL_NUMBER);

    private CcmIdTag() {
    }
}
