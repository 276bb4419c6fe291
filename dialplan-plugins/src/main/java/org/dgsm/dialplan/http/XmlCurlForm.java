package org.dgsm.dialplan.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a mod_xml_curl request: {@code application/x-www-form-urlencoded}
 * ({@code hostname=..&section=dialplan&tag_name=&key_name=&key_value=&Hunt-Context=..&...}), as a POST body or,
 * with its GET style, a query string. The first occurrence of a name wins.
 */
final class XmlCurlForm {

    /** mod_xml_curl sends the core fields plus every channel header and variable: a few hundred at most. */
    static final int MAX_FIELDS = 4096;

    private XmlCurlForm() {
    }

    /** @throws MalformedFormException for a malformed %-escape or more than {@value #MAX_FIELDS} fields */
    static Map<String, String> parse(String encoded) throws MalformedFormException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return fields;
        }
        int count = 0;
        int start = 0;
        while (start <= encoded.length()) {
            int end = encoded.indexOf('&', start);
            if (end < 0) {
                end = encoded.length();
            }
            if (end > start) {
                if (++count > MAX_FIELDS) {
                    throw new MalformedFormException("more than " + MAX_FIELDS + " form fields");
                }
                String pair = encoded.substring(start, end);
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    fields.putIfAbsent(PercentDecoding.decodeFormField(name), PercentDecoding.decodeFormField(value));
                } catch (IllegalArgumentException e) {
                    throw new MalformedFormException("form field " + count + ": " + e.getMessage());
                }
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(fields);
    }

    /** A request body or query that is not a valid form. */
    static final class MalformedFormException extends Exception {
        MalformedFormException(String message) {
            super(message);
        }
    }
}
