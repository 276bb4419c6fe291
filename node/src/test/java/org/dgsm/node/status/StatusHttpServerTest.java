package org.dgsm.node.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class StatusHttpServerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private StatusHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = StatusHttpServer.start(new InetSocketAddress("127.0.0.1", 0),
                new StatusRoutes(Snapshots::realistic, new Metrics(Snapshots::realistic)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesThePageWithItsHeaders() throws Exception {
        HttpResponse<String> response = get("/", "GET");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(response.body()).contains("<h1>R\u00edo Verde</h1>");
    }

    @Test
    void servesMetricsAndJson() throws Exception {
        assertThat(get("/metrics", "GET").body()).contains("dgsm_peer_up{village=\"San Pedro\"} 1.0");
        assertThat(get("/status.json?pretty", "GET").body()).contains("\"village\" : \"R\u00edo Verde\"");
    }

    @Test
    void answersHeadWithoutBodyAndUnknownPathsWith404() throws Exception {
        HttpResponse<String> head = get("/status", "HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        HttpResponse<String> missing = get("/nothing-here", "GET");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("try / or /status.json or /metrics");
    }

    private HttpResponse<String> get(String path, String method) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
