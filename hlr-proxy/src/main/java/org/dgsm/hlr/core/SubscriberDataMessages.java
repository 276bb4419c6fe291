package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageBuilder;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.PdpInfo;
import org.dgsm.hlr.store.CnDomain;

/** The messages the HLR sends on its own initiative during a location update. */
final class SubscriberDataMessages {

    /** osmo-hlr's only PS profile: PDP context 1, APN {@code *} (wildcard). */
    static final PdpInfo WILDCARD_APN_CONTEXT = PdpInfo.of(1, null, Octets.of((byte) 0x01, (byte) '*'), null, null);

    /** Cancellation type "update procedure" (wire value 0; osmo's enum calls it 1). */
    static final int CANCEL_TYPE_UPDATE = 0;

    private SubscriberDataMessages() {
    }

    /**
     * The Insert Subscriber Data request of an Update Location (hlr-auc.md §3.2): IMSI, MSISDN ({@code 00} without a
     * number), CN domain and, for PS, the wildcard PDP context; class, session and Destination-Name echo the Update
     * Location as in every osmo answer.
     *
     * @throws IllegalArgumentException if the stored MSISDN cannot be encoded
     */
    static GsupMessage insertSubscriberData(GsupMessage updateLocation, String msisdn, CnDomain domain) {
        GsupMessageBuilder isd = GsupReplies.reply(updateLocation, GsupMessageType.INSERT_DATA_REQUEST.code(), false)
                .msisdn(NumberIe.msisdn(msisdn))
                .cnDomain(CnDomains.ieValue(domain));
        if (domain == CnDomain.PS) {
            isd.addPdpInfo(WILDCARD_APN_CONTEXT);
        }
        return isd.build();
    }

    /**
     * Location Cancellation for the VLR/SGSN a subscriber left: IMSI, cancellation type "update procedure", CN domain,
     * and Destination-Name when the old VLR sits behind a proxy.
     *
     * @param destination the old VLR's IPA name when sending through its proxy, else null
     */
    static GsupMessage cancelLocation(String imsi, CnDomain domain, Octets destination) {
        return GsupMessage.builder(GsupMessageType.LOCATION_CANCEL_REQUEST, imsi)
                .cancelType(CANCEL_TYPE_UPDATE)
                .cnDomain(CnDomains.ieValue(domain))
                .destinationName(destination)
                .build();
    }
}
