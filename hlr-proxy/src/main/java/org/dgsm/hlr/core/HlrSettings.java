package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HLR core behaves where osmo-hlr is configurable (hlr-auc.md §2–§5, §9).
 *
 * @param ipaName            this HLR's IPA name without NUL ({@code hlr / gsup / ipa-name}); a message whose
 *                           Destination-Name is another name is routed on instead of handled here
 * @param notFoundCause      GMM cause for an IMSI not in the database (SAI and UL): osmo-hlr ≥1.9
 *                           {@code reject-cause not-found}, default 11 (0x0b, PLMN not allowed); 2 is 1.5's behaviour
 * @param noProxyCause       GMM cause when the home HLR of a foreign IMSI cannot be reached ({@code reject-cause
 *                           no-proxy}, default 17 = 0x11 network failure); used by the D-GSM proxy in front of the core
 * @param storeImei          {@code store-imei}: write the IMEI of every Check IMEI to the subscriber
 * @param locationUpdateTimeout how long an Update Location waits for the Insert Subscriber Data result
 *                           (osmo timer {@code T-4222}, 30 s); then it fails with cause 0x26
 * @param defaultVectorCount vectors per SAI when the request does not ask for 1–5 (osmo: 5)
 * @param cancelPreviousLocation send Location Cancellation to the previous VLR/SGSN when a subscriber moves
 *                           (beyond osmo-hlr 1.5, which never does; issue 4)
 */
public record HlrSettings(String ipaName, int notFoundCause, int noProxyCause, boolean storeImei,
                          Duration locationUpdateTimeout, int defaultVectorCount, boolean cancelPreviousLocation) {

    public static final String DEFAULT_IPA_NAME = "unnamed-HLR";
    public static final int DEFAULT_NOT_FOUND_CAUSE = 0x0b;
    public static final int DEFAULT_NO_PROXY_CAUSE = 0x11;
    public static final Duration DEFAULT_LOCATION_UPDATE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_VECTOR_COUNT = 5;

    public HlrSettings {
        Objects.requireNonNull(ipaName, "ipaName");
        if (ipaName.isEmpty() || ipaName.indexOf('\0') >= 0 || ipaName.length() >= IpaNames.MAX_LENGTH) {
            throw new IllegalArgumentException("ipaName must be 1-127 characters without NUL, got '" + ipaName + "'");
        }
        requireCause("notFoundCause", notFoundCause);
        requireCause("noProxyCause", noProxyCause);
        Objects.requireNonNull(locationUpdateTimeout, "locationUpdateTimeout");
        if (locationUpdateTimeout.isNegative() || locationUpdateTimeout.isZero()) {
            throw new IllegalArgumentException("locationUpdateTimeout must be positive, got " + locationUpdateTimeout);
        }
        if (defaultVectorCount < 1 || defaultVectorCount > 5) {
            throw new IllegalArgumentException("defaultVectorCount must be 1-5, got " + defaultVectorCount);
        }
    }

    /** osmo-hlr 1.9's defaults, plus Cancel Location on a move. */
    public static HlrSettings defaults() {
        return new HlrSettings(DEFAULT_IPA_NAME, DEFAULT_NOT_FOUND_CAUSE, DEFAULT_NO_PROXY_CAUSE, false,
                DEFAULT_LOCATION_UPDATE_TIMEOUT, DEFAULT_VECTOR_COUNT, true);
    }

    /** osmo-hlr 1.5.0 as captured: both reject causes 0x02 (IMSI unknown), no Cancel Location. */
    public static HlrSettings osmoHlr15() {
        return new HlrSettings(DEFAULT_IPA_NAME, 0x02, 0x02, false, DEFAULT_LOCATION_UPDATE_TIMEOUT,
                DEFAULT_VECTOR_COUNT, false);
    }

    public HlrSettings withIpaName(String value) {
        return new HlrSettings(value, notFoundCause, noProxyCause, storeImei, locationUpdateTimeout,
                defaultVectorCount, cancelPreviousLocation);
    }

    public HlrSettings withRejectCauses(int notFound, int noProxy) {
        return new HlrSettings(ipaName, notFound, noProxy, storeImei, locationUpdateTimeout, defaultVectorCount,
                cancelPreviousLocation);
    }

    public HlrSettings withStoreImei(boolean value) {
        return new HlrSettings(ipaName, notFoundCause, noProxyCause, value, locationUpdateTimeout, defaultVectorCount,
                cancelPreviousLocation);
    }

    public HlrSettings withLocationUpdateTimeout(Duration value) {
        return new HlrSettings(ipaName, notFoundCause, noProxyCause, storeImei, value, defaultVectorCount,
                cancelPreviousLocation);
    }

    public HlrSettings withDefaultVectorCount(int value) {
        return new HlrSettings(ipaName, notFoundCause, noProxyCause, storeImei, locationUpdateTimeout, value,
                cancelPreviousLocation);
    }

    public HlrSettings withCancelPreviousLocation(boolean value) {
        return new HlrSettings(ipaName, notFoundCause, noProxyCause, storeImei, locationUpdateTimeout,
                defaultVectorCount, value);
    }

    /** The IPA name as it appears in Destination-Name IEs addressed to this HLR (with the trailing NUL). */
    public Octets ipaNameOctets() {
        return IpaNames.fromText(ipaName);
    }

    private static void requireCause(String what, int cause) {
        if (cause < 1 || cause > 0xff) {
            throw new IllegalArgumentException(what + " must be a GMM cause 1-255, got " + cause);
        }
    }
}
