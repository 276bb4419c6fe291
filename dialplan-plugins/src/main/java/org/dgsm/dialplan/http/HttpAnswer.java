package org.dgsm.dialplan.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An HTTP response before it meets Netty: status, media type, body text and extra headers. */
public record HttpAnswer(int status, String contentType, String body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final String XML = "text/xml; charset=utf-8";

    public HttpAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    static HttpAnswer json(int status, String body) {
        return new HttpAnswer(status, JSON, body, Map.of());
    }

    static HttpAnswer xml(String body) {
        return new HttpAnswer(200, XML, body, Map.of());
    }

    HttpAnswer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpAnswer(status, contentType, body, more);
    }
}
