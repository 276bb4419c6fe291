package org.dgsm.hlr.gsup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The lines of the spec's {@code gsup_vectors.txt}, copied to {@code src/test/resources/gsup/}: one vector per line,
 * {@code name | hex | expected fields}.
 */
public final class GsupVectors {

    /** @param id the first word of the name ({@code lib06}, {@code cap27}, {@code ipa02}, {@code neg08}) */
    public record Vector(String id, String title, String hex, String fields) {

        public byte[] bytes() {
            return Hex.parse(hex);
        }

        @Override
        public String toString() {
            return id + " " + title;
        }
    }

    private static final List<Vector> ALL = load();

    private GsupVectors() {
    }

    /** The vectors whose id starts with {@code prefix}, in file order. */
    public static List<Vector> withPrefix(String prefix) {
        return ALL.stream().filter(v -> v.id().startsWith(prefix)).toList();
    }

    public static Vector byId(String id) {
        return ALL.stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no vector " + id));
    }

    private static List<Vector> load() {
        InputStream in = GsupVectors.class.getResourceAsStream("/gsup/gsup_vectors.txt");
        if (in == null) {
            throw new IllegalStateException("test resource /gsup/gsup_vectors.txt missing");
        }
        List<Vector> vectors = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException("vector line without three parts: " + line);
                }
                String name = parts[0].trim();
                int space = name.indexOf(' ');
                String hex = parts[1].trim();
                vectors.add(new Vector(name.substring(0, space), name.substring(space + 1),
                        hex.equals("(empty)") ? "" : hex, parts[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(vectors);
    }
}
