package org.dgsm.dialplan.http;

import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Which endpoint answers a request: method, request target and body in, {@link HttpAnswer} out. No Netty here, so
 * the behaviour of every path is testable without a socket. The future never completes exceptionally.
 */
final class DialplanRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanRoutes.class);

    private final LookupEndpoint lookup;
    private final FreeswitchDialplanEndpoint freeswitch;
    private final MountedRoutes mounted;

    DialplanRoutes(SubscriberLocator locator, DialplanSettings settings) {
        this(locator, settings, MountedRoutes.NONE);
    }

    DialplanRoutes(SubscriberLocator locator, DialplanSettings settings, MountedRoutes mounted) {
        this.lookup = new LookupEndpoint(locator, settings);
        this.freeswitch = new FreeswitchDialplanEndpoint(locator, settings);
        this.mounted = mounted;
    }

    CompletableFuture<HttpAnswer> handle(String method, String target, String body) {
        try {
            return route(method, target, body).exceptionally(e -> internalError(method, target, e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(internalError(method, target, e));
        }
    }

    private CompletableFuture<HttpAnswer> route(String method, String target, String body) {
        Optional<HttpAnswer> other = mounted.handle(method, target);
        if (other.isPresent()) {
            return done(other.get());
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        if (path.startsWith(LookupEndpoint.PREFIX)) {
            if (!method.equals("GET")) {
                return done(HttpAnswer.json(405, LookupJson.error("method-not-allowed", "use GET"))
                        .withHeader("Allow", "GET"));
            }
            return lookup.handle(path);
        }
        if (path.equals(FreeswitchDialplanEndpoint.PATH)) {
            String form;
            if (method.equals("POST")) {
                form = body;
            } else if (method.equals("GET")) {
                form = query;
            } else {
                return done(HttpAnswer.json(405, LookupJson.error("method-not-allowed", "use POST or GET"))
                        .withHeader("Allow", "GET, POST"));
            }
            Map<String, String> fields;
            try {
                fields = XmlCurlForm.parse(form);
            } catch (XmlCurlForm.MalformedFormException e) {
                LOG.debug("malformed xml_curl request: {}", e.getMessage());
                return done(HttpAnswer.json(400, LookupJson.error("bad-request", e.getMessage())));
            }
            return freeswitch.handle(fields);
        }
        LOG.debug("no resource at {} {}", method, FreeswitchDialplanEndpoint.logText(path));
        return done(HttpAnswer.json(404, LookupJson.error("no-such-resource",
                "try GET /lookup/{service}/{msisdn} or POST " + FreeswitchDialplanEndpoint.PATH)));
    }

    private static HttpAnswer internalError(String method, String target, Throwable e) {
        LOG.warn("request {} {} failed", method, FreeswitchDialplanEndpoint.logText(target), e);
        return HttpAnswer.json(500, LookupJson.error("internal-error", "the request could not be answered"));
    }

    private static CompletableFuture<HttpAnswer> done(HttpAnswer answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
