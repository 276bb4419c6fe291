package org.dgsm.hlr.ipa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dgsm.hlr.gsup.Octets;

/**
 * What a GSUP client presents in its ID_RESP. Every value is sent as ASCII text plus a terminating NUL, so the
 * {@code serialNumber} {@code "hlr-B"} becomes the IPA name {@code hlr-B\0} the server routes by.
 *
 * @param serialNumber     tag 0x00, the IPA name ({@code ipa-name} in osmo configs)
 * @param unitName         tag 0x01, e.g. {@code MSC}, {@code HLR} (osmo 1.5 sends {@code HLR-00-00-00-00-00-00})
 * @param unitId           tag 0x08, {@code site/bts/trx}; osmo-hlr insists on it being present
 * @param macAddress       tag 0x07
 * @param location1        tag 0x02
 * @param location2        tag 0x03
 * @param equipmentVersion tag 0x04
 * @param softwareVersion  tag 0x05
 */
public record IpaIdentity(String serialNumber, String unitName, String unitId, String macAddress, String location1,
                          String location2, String equipmentVersion, String softwareVersion) {

    public IpaIdentity {
        for (String value : List.of(serialNumber, unitName, unitId, macAddress, location1, location2,
                equipmentVersion, softwareVersion)) {
            checkText(value);
        }
        if (serialNumber.isEmpty()) {
            throw new IllegalArgumentException("the serial number (IPA name) must not be empty");
        }
    }

    /** Unit id {@code 0/0/0}, MAC {@code 00:00:00:00:00:00}, empty locations and equipment version. */
    public static IpaIdentity of(String ipaName, String unitName, String softwareVersion) {
        return new IpaIdentity(ipaName, unitName, "0/0/0", "00:00:00:00:00:00", "", "", "", softwareVersion);
    }

    /** The IPA name as servers see it: the serial number plus its NUL. */
    public Octets ipaName() {
        return Octets.ascii(serialNumber + '\0');
    }

    /** The ID_RESP answering a request for {@code tags}: every requested tag in order; unknown tags get "". */
    public CcmMessage.IdResp answer(List<Integer> tags) {
        List<CcmIdEntry> entries = new ArrayList<>(tags.size());
        for (int tag : tags) {
            entries.add(CcmIdEntry.ofText(tag, text(tag)));
        }
        return new CcmMessage.IdResp(entries);
    }

    private String text(int tag) {
        return switch (tag) {
            case CcmIdTag.SERIAL_NUMBER -> serialNumber;
            case CcmIdTag.UNIT_NAME -> unitName;
            case CcmIdTag.LOCATION_1 -> location1;
            case CcmIdTag.LOCATION_2 -> location2;
            case CcmIdTag.EQUIPMENT_VERSION -> equipmentVersion;
            case CcmIdTag.SOFTWARE_VERSION -> softwareVersion;
            case CcmIdTag.MAC_ADDRESS -> macAddress;
            case CcmIdTag.UNIT_ID -> unitId;
            default -> "";
        };
    }

    private static void checkText(String value) {
        Objects.requireNonNull(value, "identity values must not be null (use \"\")");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 0x7f) {
                throw new IllegalArgumentException("identity value \"" + value + "\" must be ASCII without NUL");
            }
        }
    }
}
