package org.dgsm.dialplan.http;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the dialplan endpoints answer.
 *
 * @param ownServices     the addresses this village announces per service ({@code sip.voice} = its own
 *                        osmo-sip-connector); an answer pointing at one of them is "local"
 * @param sofiaProfile    the FreeSWITCH sofia profile remote calls leave through ({@code sofia/<profile>/sip:...})
 * @param routedContexts  the FreeSWITCH dialplan contexts this endpoint routes; requests for other contexts get
 *                        "not found" so that FreeSWITCH uses its static XML
 * @param localContext    the context a call to a subscriber attached here is transferred to (static XML that
 *                        bridges to the own osmo-sip-connector); must not be one of {@code routedContexts}
 * @param maxRequestBytes largest request body accepted (mod_xml_curl posts every channel variable)
 */
public record DialplanSettings(Map<String, ServiceAddress> ownServices, String sofiaProfile,
                               Set<String> routedContexts, String localContext, int maxRequestBytes) {

    /** The mslookup service of voice calls. */
    public static final String SIP_VOICE = "sip.voice";
    public static final String DEFAULT_SOFIA_PROFILE = "dgsm";
    public static final String DEFAULT_ROUTED_CONTEXT = "dgsm";
    public static final String DEFAULT_LOCAL_CONTEXT = "dgsm-local";
    public static final int DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    public static final int MIN_REQUEST_BYTES = 1024;
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public DialplanSettings {
        ownServices = Map.copyOf(Objects.requireNonNull(ownServices, "ownServices"));
        requireName(sofiaProfile, "sofia profile");
        routedContexts = Set.copyOf(Objects.requireNonNull(routedContexts, "routedContexts"));
        if (routedContexts.isEmpty()) {
            throw new IllegalArgumentException("at least one routed dialplan context is needed");
        }
        routedContexts.forEach(c -> requireName(c, "dialplan context"));
        requireName(localContext, "local context");
        if (routedContexts.contains(localContext)) {
            throw new IllegalArgumentException("local context '" + localContext
                    + "' must not be routed by this endpoint, or a local call would loop");
        }
        if (maxRequestBytes < MIN_REQUEST_BYTES || maxRequestBytes > MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException("max request bytes must be " + MIN_REQUEST_BYTES + ".."
                    + MAX_REQUEST_BYTES + ", got " + maxRequestBytes);
        }
    }

    public static DialplanSettings defaults() {
        return new DialplanSettings(Map.of(), DEFAULT_SOFIA_PROFILE, Set.of(DEFAULT_ROUTED_CONTEXT),
                DEFAULT_LOCAL_CONTEXT, DEFAULT_MAX_REQUEST_BYTES);
    }

    /** This village's own SIP address (its osmo-sip-connector), or null when not configured. */
    public ServiceAddress localSipAddress() {
        return ownServices.get(SIP_VOICE);
    }

    /** True when {@code address} is what this village announces for {@code service}. */
    public boolean isOwnAddress(String service, ServiceAddress address) {
        return address.equals(ownServices.get(service));
    }

    public DialplanSettings withOwnService(String service, ServiceAddress address) {
        Map<String, ServiceAddress> services = new HashMap<>(ownServices);
        services.put(Objects.requireNonNull(service, "service"), Objects.requireNonNull(address, "address"));
        return new DialplanSettings(services, sofiaProfile, routedContexts, localContext, maxRequestBytes);
    }

    public DialplanSettings withLocalSipAddress(ServiceAddress address) {
        return withOwnService(SIP_VOICE, address);
    }

    public DialplanSettings withSofiaProfile(String profile) {
        return new DialplanSettings(ownServices, profile, routedContexts, localContext, maxRequestBytes);
    }

    public DialplanSettings withRoutedContexts(String... contexts) {
        return new DialplanSettings(ownServices, sofiaProfile, new LinkedHashSet<>(List.of(contexts)),
                localContext, maxRequestBytes);
    }

    public DialplanSettings withLocalContext(String context) {
        return new DialplanSettings(ownServices, sofiaProfile, routedContexts, context, maxRequestBytes);
    }

    public DialplanSettings withMaxRequestBytes(int bytes) {
        return new DialplanSettings(ownServices, sofiaProfile, routedContexts, localContext, bytes);
    }

    private static void requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1..64 of A-Z a-z 0-9 _ . -, got '" + value + "'");
        }
    }
}
