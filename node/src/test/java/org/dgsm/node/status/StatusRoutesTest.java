package org.dgsm.node.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRoutesTest {

    private final Supplier<StatusSnapshot> snapshots = Snapshots::realistic;
    private final StatusRoutes routes = new StatusRoutes(snapshots, new Metrics(snapshots));

    @Test
    void rootAndStatusAnswerTheHtmlPageWithAStrictPolicy() {
        for (String path : new String[]{"/", "/status", "/status?refresh=1"}) {
            StatusResponse response = routes.handle("GET", path).orElseThrow();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(response.bodyText()).startsWith("<!DOCTYPE html>").contains("San Pedro");
            assertThat(response.headers()).containsEntry("Cache-Control", "no-store")
                    .hasEntrySatisfying("Content-Security-Policy", csp -> assertThat(csp).contains("default-src 'none'")
                            .doesNotContain("script-src"));
        }
    }

    @Test
    void statusJsonAnswersTheSnapshotAsJson() throws Exception {
        StatusResponse response = routes.handle("GET", "/status.json").orElseThrow();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(new ObjectMapper().readTree(response.body()).get("village").asText()).isEqualTo("R\u00edo Verde");
    }

    @Test
    void metricsAnswersThePrometheusTextFormat() {
        StatusResponse response = routes.handle("GET", "/metrics").orElseThrow();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.bodyText()).contains("dgsm_peers_up 2.0");
    }

    @Test
    void headAnswersTheHeadersWithoutBody() {
        StatusResponse response = routes.handle("HEAD", "/status.json").orElseThrow();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void otherMethodsAreNotAllowed() {
        StatusResponse response = routes.handle("POST", "/metrics").orElseThrow();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers()).containsEntry("Allow", "GET, HEAD");
    }

    @Test
    void otherPathsAreLeftToTheMountingServer() {
        assertThat(routes.handle("GET", "/lookup/sip.voice/6002")).isEmpty();
        assertThat(routes.handle("GET", "/status/")).isEmpty();
        assertThat(routes.handle("GET", "/metrics.txt")).isEmpty();
        assertThat(StatusRoutes.owns("/metrics?x")).isTrue();
        assertThat(StatusRoutes.owns("/dialplan")).isFalse();
    }

    @Test
    void aFailingSnapshotIsAServerErrorNotAnException() {
        Supplier<StatusSnapshot> broken = () -> {
            throw new IllegalStateException("boom");
        };
        StatusRoutes failing = new StatusRoutes(broken, new Metrics(Snapshots::empty));

        Optional<StatusResponse> response = failing.handle("GET", "/");

        assertThat(response).get().extracting(StatusResponse::status).isEqualTo(500);
        assertThat(response.get().bodyText()).isEqualTo("status not available\n");
    }
}
