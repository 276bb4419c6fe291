package org.dgsm.dialplan.http;

import org.dgsm.dialplan.lookup.SubscriberLocation;
import org.dgsm.dialplan.lookup.SubscriberLocator;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * {@code GET /lookup/{service}/{msisdn}}: 200 with the address found, 404 when no village answered, 400 for a
 * malformed service or MSISDN, 503 when the lookup itself failed.
 */
final class LookupEndpoint {

    static final String PREFIX = "/lookup/";

    /** Dot-separated labels, as an mslookup service must become DNS labels; at most 64 characters. */
    private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern MSISDN = Pattern.compile("[0-9]{1,15}");
    private static final int MAX_SERVICE_LENGTH = 64;

    private final SubscriberLocator locator;
    private final DialplanSettings settings;

    LookupEndpoint(SubscriberLocator locator, DialplanSettings settings) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @param path the request path as received (still percent-encoded), starting with {@link #PREFIX} */
    CompletableFuture<HttpAnswer> handle(String path) {
        String[] parts = path.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2) {
            return done(HttpAnswer.json(404, LookupJson.error("no-such-resource",
                    "expected /lookup/{service}/{msisdn}")));
        }
        String service;
        String msisdn;
        try {
            service = PercentDecoding.decode(parts[0]);
            msisdn = PercentDecoding.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return done(badRequest("malformed percent-encoding in the path"));
        }
        if (service.length() > MAX_SERVICE_LENGTH || !SERVICE.matcher(service).matches()) {
            return done(badRequest("service must be 1.." + MAX_SERVICE_LENGTH
                    + " characters of dot-separated labels (A-Z a-z 0-9 _ -), e.g. sip.voice"));
        }
        if (!MSISDN.matcher(msisdn).matches()) {
            return done(badRequest("msisdn must be 1 to 15 digits"));
        }
        return locator.locate(service, msisdn).thenApply(location -> answer(service, msisdn, location));
    }

    private HttpAnswer answer(String service, String msisdn, SubscriberLocation location) {
        if (location instanceof SubscriberLocation.Found found) {
            boolean local = settings.isOwnAddress(service, found.address());
            return HttpAnswer.json(200, LookupJson.found(service, msisdn, found, local));
        }
        if (location instanceof SubscriberLocation.LookupFailed failed) {
            return HttpAnswer.json(503, LookupJson.lookupFailed(service, msisdn, failed.reason()));
        }
        return HttpAnswer.json(404, LookupJson.notFound(service, msisdn));
    }

    private static HttpAnswer badRequest(String detail) {
        return HttpAnswer.json(400, LookupJson.error("bad-request", detail));
    }

    private static CompletableFuture<HttpAnswer> done(HttpAnswer answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
