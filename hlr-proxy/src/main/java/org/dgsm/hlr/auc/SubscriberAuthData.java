package org.dgsm.hlr.auc;

/**
 * Everything the AuC needs to know about one subscriber: the optional 2G row and the optional
 * 3G row. A subscriber with neither cannot be authenticated.
 */
public record SubscriberAuthData(Auth2gData auth2g, Auth3gData auth3g) {

    public static SubscriberAuthData only2g(Auth2gData auth2g) {
        return new SubscriberAuthData(auth2g, null);
    }

    public static SubscriberAuthData only3g(Auth3gData auth3g) {
        return new SubscriberAuthData(null, auth3g);
    }

    public boolean hasAny() {
        return auth2g != null || auth3g != null;
    }
}
