package org.dgsm.hlr.mslookup;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the HLR announces over mslookup (mslookup-mdns.md §7.3): osmo-hlr's {@code mslookup / server} block.
 *
 * @param global   service name → addresses, for subscribers attached at any local MSC ({@code service NAME at ...});
 *                 an entry {@code gsup.hlr} here overrides {@code gsupHlr}
 * @param perMsc   VLR IPA name (without NUL, as stored in {@code vlr_number}) → service name → addresses
 *                 ({@code msc ipa-name NAME / service ...}); an MSC's entry for a service wins over the global one
 *                 and the two are never merged
 * @param gsupHlr  the address answered for {@code gsup.hlr} when {@code global} has no such entry: the GSUP bind
 *                 address, port 4222 by default; null when there is none (GSUP bound to 0.0.0.0): then, like
 *                 osmo-hlr, {@code gsup.hlr} is not answered at all
 * @param validity how long after a CS location update the subscriber counts as attached here (osmo: 3600 s)
 */
public record MslookupServiceSettings(Map<String, ServiceAddresses> global,
                                      Map<String, Map<String, ServiceAddresses>> perMsc,
                                      ServiceAddresses gsupHlr,
                                      Duration validity) {

    public static final String GSUP_HLR_SERVICE = "gsup.hlr";
    public static final Duration DEFAULT_VALIDITY = Duration.ofSeconds(3600);

    public MslookupServiceSettings {
        global = Map.copyOf(Objects.requireNonNull(global, "global"));
        Map<String, Map<String, ServiceAddresses>> copy = new HashMap<>();
        Objects.requireNonNull(perMsc, "perMsc").forEach((msc, services) -> {
            if (msc == null || msc.isEmpty() || msc.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("an MSC block needs an IPA name without NUL, got '" + msc + "'");
            }
            copy.put(msc, Map.copyOf(services));
        });
        perMsc = Map.copyOf(copy);
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative()) {
            throw new IllegalArgumentException("validity must not be negative, got " + validity);
        }
    }

    /** Only the {@code gsup.hlr} address and the default validity: no other service is answered. */
    public static MslookupServiceSettings gsupHlrOnly(ServiceAddresses gsupHlr) {
        return new MslookupServiceSettings(Map.of(), Map.of(), gsupHlr, DEFAULT_VALIDITY);
    }

    /** The address answered for {@code gsup.hlr}, or null if none is configured. */
    public ServiceAddresses gsupHlrAnswer() {
        ServiceAddresses configured = global.get(GSUP_HLR_SERVICE);
        return configured != null ? configured : gsupHlr;
    }

    /** The addresses of {@code service} for a subscriber attached at {@code vlrName}, or null: per-MSC, then global. */
    public ServiceAddresses serviceFor(String vlrName, String service) {
        Map<String, ServiceAddresses> mscBlock = perMsc.get(vlrName);
        ServiceAddresses own = mscBlock == null ? null : mscBlock.get(service);
        return own != null ? own : global.get(service);
    }
}
