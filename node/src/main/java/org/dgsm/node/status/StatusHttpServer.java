package org.dgsm.node.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small HTTP server for {@link StatusRoutes} alone, on the JDK's built-in server: for a node whose dialplan HTTP
 * server is not running, and for tests. Anything but the status paths is a 404.
 */
public final class StatusHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatusHttpServer.class);

    private final HttpServer server;
    private final ExecutorService workers;

    private StatusHttpServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Listens on {@code bind} (port 0 picks a free one, see {@link #address()}). */
    public static StatusHttpServer start(InetSocketAddress bind, StatusRoutes routes) throws IOException {
        HttpServer server = HttpServer.create(bind, 16);
        ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "dgsm-status-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", exchange -> serve(exchange, routes));
        server.start();
        log.info("status page on http://{}:{}/", bind.getAddress().getHostAddress(), server.getAddress().getPort());
        return new StatusHttpServer(server, workers);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void serve(HttpExchange exchange, StatusRoutes routes) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            Optional<StatusResponse> answer = routes.handle(exchange.getRequestMethod(),
                    query == null ? target : target + "?" + query);
            StatusResponse response = answer.orElseGet(() -> StatusResponse.text(404, "text/plain; charset=utf-8",
                    "not found; try / or /status.json or /metrics\n", Map.of()));
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            // -1: no body; HEAD must not send one either.
            exchange.sendResponseHeaders(response.status(),
                    head || response.body().length == 0 ? -1 : response.body().length);
            if (!head && response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
