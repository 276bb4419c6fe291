package org.dgsm.hlr.auc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lines of {@code auc/auc_vectors.txt} (a verbatim copy of the shared
 * spec/vectors/auc_vectors.txt): {@code name | inputs | outputs}, fields as {@code key=value}.
 * Free text next to the fields (e.g. "(31)", "(sres/kc from COMP128v1)") is ignored.
 */
final class AucVectors {

    static final String RESOURCE = "/auc/auc_vectors.txt";
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=([^\\s|;()]+)");
    private static final List<Vector> ALL = load();

    /** One vector line. Multi-valued keys (e.g. {@code then=74 then=106}) keep their order. */
    record Vector(String name, Map<String, List<String>> inputs, Map<String, List<String>> outputs) {

        String in(String key) {
            return single(inputs, key);
        }

        String out(String key) {
            return single(outputs, key);
        }

        byte[] inHex(String key) {
            return HexFormat.of().parseHex(in(key));
        }

        byte[] outHex(String key) {
            return HexFormat.of().parseHex(out(key));
        }

        List<String> outAll(String key) {
            List<String> values = outputs.get(key);
            if (values == null) {
                throw new IllegalArgumentException(name + ": no output " + key);
            }
            return values;
        }

        boolean hasIn(String key) {
            return inputs.containsKey(key);
        }

        boolean hasOut(String key) {
            return outputs.containsKey(key);
        }

        private String single(Map<String, List<String>> fields, String key) {
            List<String> values = fields.get(key);
            if (values == null || values.size() != 1) {
                throw new IllegalArgumentException(name + ": expected exactly one " + key + ", got " + values);
            }
            return values.get(0);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private AucVectors() {
    }

    static List<Vector> all() {
        return ALL;
    }

    static Stream<Vector> withPrefix(String prefix) {
        List<Vector> matching = ALL.stream().filter(v -> v.name().startsWith(prefix)).toList();
        if (matching.isEmpty()) {
            throw new IllegalStateException("no vector named " + prefix + "*");
        }
        return matching.stream();
    }

    static Vector named(String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no vector " + name));
    }

    private static List<Vector> load() {
        try (InputStream in = AucVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Vector> vectors = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException("not 'name | inputs | outputs': " + line);
                }
                vectors.add(new Vector(parts[0].trim(), fields(parts[1]), fields(parts[2])));
            }
            return List.copyOf(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> fields(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
        return out;
    }
}
