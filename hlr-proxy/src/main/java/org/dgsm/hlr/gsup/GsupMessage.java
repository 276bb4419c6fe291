package org.dgsm.hlr.gsup;

import java.util.List;

/**
 * A decoded GSUP message: one component per IE of gsup-ipa.md §5, in the order osmo's encoder writes them.
 * {@code null} (or an empty list, or {@code false}) means the IE is absent.
 *
 * <p>The model holds what osmo's own message struct holds, so that decoding and re-encoding gives the bytes osmo
 * would give:
 * <ul>
 * <li>values osmo treats as "not set" are absent rather than 0: cause, CN domain, message class, SM alert reason,
 *     SM cause, current RAT type and number of vectors requested are 1–255 when present; a session needs a non-zero
 *     state; PDP entries need a non-zero context id;</li>
 * <li>a Send Auth Info Request carries the number of vectors requested and never auth tuples, every other message
 *     the reverse (osmo writes only the one that matches the type);</li>
 * <li>opaque values (MSISDN, HLR number, IMEI, names, PCO, SS info, SM-RP-UI, charging characteristics) are raw
 *     bytes, 0–255 of them; MSISDN and IMEI as osmo-hlr sends them start with an inner length octet (§5.2);</li>
 * <li>the IMSI is the TBCD digit string (0–16 characters of {@link Tbcd#ALPHABET}), as osmo decodes it.</li>
 * </ul>
 * Every message the constructor accepts encodes and decodes back to an equal message.
 */
public record GsupMessage(
        int messageType,
        String imsi,
        Octets msisdn,
        Octets hlrNumber,
        Integer cause,
        Integer cancelType,
        boolean pdpInfoComplete,
        boolean freezePtmsi,
        List<PdpInfo> pdpInfos,
        Integer numVectorsRequested,
        List<AuthTuple> authTuples,
        Octets auts,
        Octets rand,
        Octets pco,
        Integer cnDomain,
        Octets chargingCharacteristics,
        GsupSession session,
        Octets ssInfo,
        Integer smRpMr,
        SmRpAddress smRpDa,
        SmRpAddress smRpOa,
        Octets smRpUi,
        Integer smRpMms,
        Integer smRpCause,
        Integer smAlertReason,
        Octets imei,
        Integer imeiResult,
        Integer messageClass,
        Octets sourceName,
        Octets destinationName,
        AnApdu anApdu,
        Integer causeRr,
        Integer causeBssap,
        Integer causeSm,
        List<Integer> supportedRatTypes,
        Integer currentRatType) {

    public static final int MAX_IMSI_DIGITS = 16;
    public static final int MAX_PDP_INFOS = 10;
    public static final int MAX_AUTH_TUPLES = 5;
    public static final int MAX_RAT_TYPES = 8;
    public static final int AUTS_LENGTH = 14;
    public static final int RAND_LENGTH = 16;

    /** CN domain values. */
    public static final int CN_DOMAIN_PS = 1;
    public static final int CN_DOMAIN_CS = 2;

    /** Message class values. */
    public static final int CLASS_SUBSCRIBER_MANAGEMENT = 1;
    public static final int CLASS_SMS = 2;
    public static final int CLASS_USSD = 3;
    public static final int CLASS_INTER_MSC = 4;
    public static final int CLASS_IPSEC_EPDG = 5;

    public GsupMessage {
        pdpInfos = pdpInfos == null ? List.of() : List.copyOf(pdpInfos);
        authTuples = authTuples == null ? List.of() : List.copyOf(authTuples);
        supportedRatTypes = supportedRatTypes == null ? List.of() : List.copyOf(supportedRatTypes);
        GsupMessageRules.checkByte("message type", messageType);
        GsupMessageRules.checkImsi(imsi);
        GsupMessageRules.checkOpaque("MSISDN", msisdn);
        GsupMessageRules.checkOpaque("HLR number", hlrNumber);
        GsupMessageRules.checkNonZeroByte("cause", cause);
        GsupMessageRules.checkByte("cancellation type", cancelType);
        GsupMessageRules.checkListSize("PDP info", pdpInfos, MAX_PDP_INFOS);
        GsupMessageRules.checkAuthFields(messageType, numVectorsRequested, authTuples);
        GsupMessageRules.checkFixed("AUTS", auts, AUTS_LENGTH);
        GsupMessageRules.checkFixed("RAND", rand, RAND_LENGTH);
        GsupMessageRules.checkOpaque("PCO", pco);
        GsupMessageRules.checkNonZeroByte("CN domain", cnDomain);
        GsupMessageRules.checkOpaque("charging characteristics", chargingCharacteristics);
        GsupMessageRules.checkOpaque("SS info", ssInfo);
        GsupMessageRules.checkByte("SM-RP-MR", smRpMr);
        GsupMessageRules.checkOriginatingAddress(smRpOa);
        GsupMessageRules.checkOpaque("SM-RP-UI", smRpUi);
        GsupMessageRules.checkByte("SM-RP-MMS", smRpMms);
        GsupMessageRules.checkByte("SM-RP-Cause", smRpCause);
        GsupMessageRules.checkNonZeroByte("SM alert reason", smAlertReason);
        GsupMessageRules.checkOpaque("IMEI", imei);
        GsupMessageRules.checkByte("IMEI result", imeiResult);
        GsupMessageRules.checkNonZeroByte("message class", messageClass);
        GsupMessageRules.checkOpaque("Source-Name", sourceName);
        GsupMessageRules.checkOpaque("Destination-Name", destinationName);
        GsupMessageRules.checkByte("RR cause", causeRr);
        GsupMessageRules.checkByte("BSSAP cause", causeBssap);
        GsupMessageRules.checkNonZeroByte("SM cause", causeSm);
        GsupMessageRules.checkRatTypes(supportedRatTypes);
        GsupMessageRules.checkNonZeroByte("current RAT type", currentRatType);
    }

    public static GsupMessageBuilder builder(GsupMessageType type, String imsi) {
        return new GsupMessageBuilder(type.code(), imsi);
    }

    public static GsupMessageBuilder builder(int messageType, String imsi) {
        return new GsupMessageBuilder(messageType, imsi);
    }

    public GsupMessageBuilder toBuilder() {
        return new GsupMessageBuilder(this);
    }

    /** The listed type, or {@link GsupMessageType#UNKNOWN}; {@link #messageType()} has the raw code. */
    public GsupMessageType type() {
        return GsupMessageType.fromCode(messageType);
    }

    public GsupMessageType.Kind kind() {
        return GsupMessageType.kindOf(messageType);
    }

    public boolean isRequest() {
        return kind() == GsupMessageType.Kind.REQUEST;
    }

    boolean isSendAuthInfoRequest() {
        return messageType == GsupMessageType.SEND_AUTH_INFO_REQUEST.code();
    }
}
