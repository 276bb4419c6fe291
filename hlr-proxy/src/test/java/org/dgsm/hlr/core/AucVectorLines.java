package org.dgsm.hlr.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named lines of the module's copy of {@code auc_vectors.txt} ({@code name | inputs | outputs}, fields
 * {@code key=value}); free text beside the fields is ignored.
 */
final class AucVectorLines {

    record Line(String name, Map<String, String> in, Map<String, String> out) {

        String in(String key) {
            return required(in, key);
        }

        String out(String key) {
            return required(out, key);
        }

        boolean hasIn(String key) {
            return in.containsKey(key);
        }

        private String required(Map<String, String> fields, String key) {
            String value = fields.get(key);
            if (value == null) {
                throw new NoSuchElementException(name + " has no field " + key);
            }
            return value;
        }
    }

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=([^\\s|;()]+)");

    private AucVectorLines() {
    }

    static Line named(String name) {
        try (InputStream in = AucVectorLines.class.getResourceAsStream("/auc/auc_vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /auc/auc_vectors.txt missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.split("\\|", 3);
                if (!line.startsWith("#") && parts.length == 3 && parts[0].trim().equals(name)) {
                    return new Line(name, fields(parts[1]), fields(parts[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new NoSuchElementException("no AuC vector " + name);
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2));
        }
        return fields;
    }
}
