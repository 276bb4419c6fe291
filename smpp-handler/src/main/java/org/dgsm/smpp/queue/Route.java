package org.dgsm.smpp.queue;

/** How a pending record finds its next hop. */
public enum Route {
    /** Ask mslookup where {@code smpp.sms.<destination>.msisdn} is; submit locally if that is this village. */
    LOOKUP,
    /** Forward to a known village (a receipt going back to the village that sent the SMS). */
    DIRECT,
    /** Submit to the local SMSC. */
    LOCAL
}
