package org.dgsm.hlr.gsup;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link GsupMessage}; every setter takes {@code null} (or {@code false}) for "absent". The checks run in
 * {@link #build()}.
 */
public final class GsupMessageBuilder {

    private int messageType;
    private String imsi;
    private Octets msisdn;
    private Octets hlrNumber;
    private Integer cause;
    private Integer cancelType;
    private boolean pdpInfoComplete;
    private boolean freezePtmsi;
    private final List<PdpInfo> pdpInfos = new ArrayList<>();
    private Integer numVectorsRequested;
    private final List<AuthTuple> authTuples = new ArrayList<>();
    private Octets auts;
    private Octets rand;
    private Octets pco;
    private Integer cnDomain;
    private Octets chargingCharacteristics;
    private GsupSession session;
    private Octets ssInfo;
    private Integer smRpMr;
    private SmRpAddress smRpDa;
    private SmRpAddress smRpOa;
    private Octets smRpUi;
    private Integer smRpMms;
    private Integer smRpCause;
    private Integer smAlertReason;
    private Octets imei;
    private Integer imeiResult;
    private Integer messageClass;
    private Octets sourceName;
    private Octets destinationName;
    private AnApdu anApdu;
    private Integer causeRr;
    private Integer causeBssap;
    private Integer causeSm;
    private final List<Integer> supportedRatTypes = new ArrayList<>();
    private Integer currentRatType;

    GsupMessageBuilder(int messageType, String imsi) {
        this.messageType = messageType;
        this.imsi = imsi;
    }

    GsupMessageBuilder(GsupMessage m) {
        messageType = m.messageType();
        imsi = m.imsi();
        msisdn = m.msisdn();
        hlrNumber = m.hlrNumber();
        cause = m.cause();
        cancelType = m.cancelType();
        pdpInfoComplete = m.pdpInfoComplete();
        freezePtmsi = m.freezePtmsi();
        pdpInfos.addAll(m.pdpInfos());
        numVectorsRequested = m.numVectorsRequested();
        authTuples.addAll(m.authTuples());
        auts = m.auts();
        rand = m.rand();
        pco = m.pco();
        cnDomain = m.cnDomain();
        chargingCharacteristics = m.chargingCharacteristics();
        session = m.session();
        ssInfo = m.ssInfo();
        smRpMr = m.smRpMr();
        smRpDa = m.smRpDa();
        smRpOa = m.smRpOa();
        smRpUi = m.smRpUi();
        smRpMms = m.smRpMms();
        smRpCause = m.smRpCause();
        smAlertReason = m.smAlertReason();
        imei = m.imei();
        imeiResult = m.imeiResult();
        messageClass = m.messageClass();
        sourceName = m.sourceName();
        destinationName = m.destinationName();
        anApdu = m.anApdu();
        causeRr = m.causeRr();
        causeBssap = m.causeBssap();
        causeSm = m.causeSm();
        supportedRatTypes.addAll(m.supportedRatTypes());
        currentRatType = m.currentRatType();
    }

    public GsupMessageBuilder messageType(GsupMessageType type) {
        this.messageType = type.code();
        return this;
    }

    public GsupMessageBuilder messageType(int value) {
        this.messageType = value;
        return this;
    }

    public GsupMessageBuilder imsi(String value) {
        this.imsi = value;
        return this;
    }

    public GsupMessageBuilder msisdn(Octets value) {
        this.msisdn = value;
        return this;
    }

    public GsupMessageBuilder hlrNumber(Octets value) {
        this.hlrNumber = value;
        return this;
    }

    public GsupMessageBuilder cause(Integer value) {
        this.cause = value;
        return this;
    }

    public GsupMessageBuilder cancelType(Integer value) {
        this.cancelType = value;
        return this;
    }

    public GsupMessageBuilder pdpInfoComplete(boolean value) {
        this.pdpInfoComplete = value;
        return this;
    }

    public GsupMessageBuilder freezePtmsi(boolean value) {
        this.freezePtmsi = value;
        return this;
    }

    public GsupMessageBuilder pdpInfos(List<PdpInfo> values) {
        pdpInfos.clear();
        pdpInfos.addAll(values);
        return this;
    }

    public GsupMessageBuilder addPdpInfo(PdpInfo value) {
        pdpInfos.add(value);
        return this;
    }

    public GsupMessageBuilder numVectorsRequested(Integer value) {
        this.numVectorsRequested = value;
        return this;
    }

    public GsupMessageBuilder authTuples(List<AuthTuple> values) {
        authTuples.clear();
        authTuples.addAll(values);
        return this;
    }

    public GsupMessageBuilder addAuthTuple(AuthTuple value) {
        authTuples.add(value);
        return this;
    }

    public GsupMessageBuilder auts(Octets value) {
        this.auts = value;
        return this;
    }

    public GsupMessageBuilder rand(Octets value) {
        this.rand = value;
        return this;
    }

    public GsupMessageBuilder pco(Octets value) {
        this.pco = value;
        return this;
    }

    public GsupMessageBuilder cnDomain(Integer value) {
        this.cnDomain = value;
        return this;
    }

    public GsupMessageBuilder chargingCharacteristics(Octets value) {
        this.chargingCharacteristics = value;
        return this;
    }

    public GsupMessageBuilder session(GsupSession value) {
        this.session = value;
        return this;
    }

    public GsupMessageBuilder ssInfo(Octets value) {
        this.ssInfo = value;
        return this;
    }

    public GsupMessageBuilder smRpMr(Integer value) {
        this.smRpMr = value;
        return this;
    }

    public GsupMessageBuilder smRpDa(SmRpAddress value) {
        this.smRpDa = value;
        return this;
    }

    public GsupMessageBuilder smRpOa(SmRpAddress value) {
        this.smRpOa = value;
        return this;
    }

    public GsupMessageBuilder smRpUi(Octets value) {
        this.smRpUi = value;
        return this;
    }

    public GsupMessageBuilder smRpMms(Integer value) {
        this.smRpMms = value;
        return this;
    }

    public GsupMessageBuilder smRpCause(Integer value) {
        this.smRpCause = value;
        return this;
    }

    public GsupMessageBuilder smAlertReason(Integer value) {
        this.smAlertReason = value;
        return this;
    }

    public GsupMessageBuilder imei(Octets value) {
        this.imei = value;
        return this;
    }

    public GsupMessageBuilder imeiResult(Integer value) {
        this.imeiResult = value;
        return this;
    }

    public GsupMessageBuilder messageClass(Integer value) {
        this.messageClass = value;
        return this;
    }

    public GsupMessageBuilder sourceName(Octets value) {
        this.sourceName = value;
        return this;
    }

    public GsupMessageBuilder destinationName(Octets value) {
        this.destinationName = value;
        return this;
    }

    public GsupMessageBuilder anApdu(AnApdu value) {
        this.anApdu = value;
        return this;
    }

    public GsupMessageBuilder causeRr(Integer value) {
        this.causeRr = value;
        return this;
    }

    public GsupMessageBuilder causeBssap(Integer value) {
        this.causeBssap = value;
        return this;
    }

    public GsupMessageBuilder causeSm(Integer value) {
        this.causeSm = value;
        return this;
    }

    public GsupMessageBuilder supportedRatTypes(List<Integer> values) {
        supportedRatTypes.clear();
        supportedRatTypes.addAll(values);
        return this;
    }

    public GsupMessageBuilder addSupportedRatType(Integer value) {
        supportedRatTypes.add(value);
        return this;
    }

    public GsupMessageBuilder currentRatType(Integer value) {
        this.currentRatType = value;
        return this;
    }

    /** @throws IllegalArgumentException if a value breaks a rule of {@link GsupMessage} */
    public GsupMessage build() {
        return new GsupMessage(messageType,
                imsi,
                msisdn,
                hlrNumber,
                cause,
                cancelType,
                pdpInfoComplete,
                freezePtmsi,
                pdpInfos,
                numVectorsRequested,
                authTuples,
                auts,
                rand,
                pco,
                cnDomain,
                chargingCharacteristics,
                session,
                ssInfo,
                smRpMr,
                smRpDa,
                smRpOa,
                smRpUi,
                smRpMms,
                smRpCause,
                smAlertReason,
                imei,
                imeiResult,
                messageClass,
                sourceName,
                destinationName,
                anApdu,
                causeRr,
                causeBssap,
                causeSm,
                supportedRatTypes,
                currentRatType);
    }
}
