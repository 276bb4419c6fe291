package org.dgsm.node.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP response of the status routes, before any server meets it.
 *
 * @param status      the HTTP status code
 * @param contentType the {@code Content-Type}
 * @param body        the body bytes; empty for {@code HEAD}
 * @param headers     further headers to send
 */
public record StatusResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public StatusResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    static StatusResponse text(int status, String contentType, String body, Map<String, String> headers) {
        return new StatusResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The body as UTF-8 text (every body of these routes is text). */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    StatusResponse withoutBody() {
        return new StatusResponse(status, contentType, new byte[0], headers);
    }
}
