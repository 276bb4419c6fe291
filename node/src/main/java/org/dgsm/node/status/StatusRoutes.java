package org.dgsm.node.status;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The status routes, free of any HTTP server so that the dialplan server (Netty) or {@link StatusHttpServer} can mount
 * them: {@code GET /} and {@code /status} (the HTML page), {@code /status.json}, {@code /metrics} (Prometheus).
 * The query string is ignored; {@code HEAD} answers the headers alone; other methods get 405.
 */
public final class StatusRoutes {

    public static final Set<String> PATHS = Set.of("/", "/status", "/status.json", "/metrics");

    private static final Logger log = LoggerFactory.getLogger(StatusRoutes.class);
    /** The page has no scripts and only inline styles; this keeps it so even if escaping were ever missed. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final Supplier<StatusSnapshot> snapshots;
    private final Metrics metrics;

    public StatusRoutes(Supplier<StatusSnapshot> snapshots, Metrics metrics) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Whether {@code target} (path and optional query) is one of these routes, whatever the method. */
    public static boolean owns(String target) {
        return PATHS.contains(path(target));
    }

    /**
     * Answers a request, or empty when the path is not one of {@link #PATHS} (so the mounting server can try its own
     * routes). Never throws: a failure while rendering is a 500.
     */
    public Optional<StatusResponse> handle(String method, String target) {
        String path = path(target);
        if (!PATHS.contains(path)) {
            return Optional.empty();
        }
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            return Optional.of(StatusResponse.text(405, "text/plain; charset=utf-8", "use GET\n",
                    Map.of("Allow", "GET, HEAD")));
        }
        StatusResponse response;
        try {
            response = switch (path) {
                case "/metrics" -> StatusResponse.text(200, Metrics.CONTENT_TYPE, metrics.scrape(), noStore());
                case "/status.json" -> fromSnapshot(StatusJson.CONTENT_TYPE, StatusJson::render, noStore());
                default -> fromSnapshot(StatusPage.CONTENT_TYPE, StatusPage::render, pageHeaders());
            };
        } catch (RuntimeException e) {
            log.warn("status route {} failed", path, e);
            response = StatusResponse.text(500, "text/plain; charset=utf-8", "status not available\n", noStore());
        }
        return Optional.of(head ? response.withoutBody() : response);
    }

    private StatusResponse fromSnapshot(String contentType, Function<StatusSnapshot, String> render,
                                        Map<String, String> headers) {
        return StatusResponse.text(200, contentType, render.apply(snapshots.get()), headers);
    }

    private static Map<String, String> noStore() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        return headers;
    }

    private static Map<String, String> pageHeaders() {
        Map<String, String> headers = noStore();
        headers.put("Content-Security-Policy", PAGE_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
        return headers;
    }

    private static String path(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
