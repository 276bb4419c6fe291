package org.dgsm.simulations.system;

/** The mslookup services the workloads ask for. */
public enum Service {
    VOICE("sip.voice"),
    SMS("smpp.sms");

    private final String mslookupName;

    Service(String mslookupName) {
        this.mslookupName = mslookupName;
    }

    /** The service name in mslookup queries. */
    public String mslookupName() {
        return mslookupName;
    }
}
