package org.dgsm.mslookup.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packets of spec/vectors/mdns_vectors.txt, copied into the test resource {@code /mdns_vectors.txt}.
 * Each line is {@code name description | hex | decoded or verdict}.
 */
public final class MdnsVectors {

    public static final String SUFFIX = "mdns.osmocom.org";

    /** One vector line. {@code section} is 'A' (captured) or 'B' (hand-made with osmo's verdict). */
    public record Vector(char section, String name, String description, byte[] packet, String expected) {
        @Override
        public String toString() {
            return name + " " + description;
        }

        public boolean isQuery() {
            return section == 'A' && name.startsWith("q");
        }

        public boolean isAnswer() {
            return section == 'A' && name.startsWith("a");
        }
    }

    private static final List<Vector> ALL = load();

    private MdnsVectors() {
    }

    public static List<Vector> all() {
        return ALL;
    }

    public static Vector named(String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no vector " + name));
    }

    public static List<Vector> sectionAQueries() {
        return ALL.stream().filter(Vector::isQuery).toList();
    }

    public static List<Vector> sectionAAnswers() {
        return ALL.stream().filter(Vector::isAnswer).toList();
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The packet id, from {@code id=0x....} in the decoded column. */
    public static int expectedPacketId(Vector v) {
        return Integer.parseInt(group(v, Pattern.compile("id=0x([0-9a-f]{4})")), 16);
    }

    public static int expectedLength(Vector v) {
        return Integer.parseInt(group(v, Pattern.compile("len=(\\d+)")));
    }

    /** The DNS name of the question or of the first resource record. */
    public static String expectedName(Vector v) {
        return group(v, Pattern.compile("(?:Q|RR) (\\S+) "));
    }

    /**
     * The result described by the decoded column of an answer: {@code TXT "age=N"}, then {@code A ip} / {@code AAAA ip}
     * each followed by its {@code TXT "port=P"}.
     */
    public static MslookupResult expectedResult(Vector v) throws Exception {
        Long age = null;
        String pendingIp = null;
        ServiceAddress v4 = null;
        ServiceAddress v6 = null;
        for (String part : v.expected().split("; ")) {
            Matcher m;
            if ((m = Pattern.compile("TXT \"age=(\\d+)\"").matcher(part)).find()) {
                age = Long.parseLong(m.group(1));
            } else if ((m = Pattern.compile(" (A|AAAA) (\\S+)$").matcher(part)).find()) {
                pendingIp = m.group(2);
            } else if ((m = Pattern.compile("TXT \"port=(\\d+)\"").matcher(part)).find()) {
                ServiceAddress address = new ServiceAddress(java.net.InetAddress.getByName(pendingIp),
                        Integer.parseInt(m.group(1)));
                if (address.isIpv4()) {
                    v4 = address;
                } else {
                    v6 = address;
                }
            }
        }
        return new MslookupResult(age, v4, v6);
    }

    private static String group(Vector v, Pattern pattern) {
        Matcher m = pattern.matcher(v.expected());
        if (!m.find()) {
            throw new IllegalArgumentException(v.name() + ": no " + pattern + " in " + v.expected());
        }
        return m.group(1);
    }

    private static List<Vector> load() {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = MdnsVectors.class.getResourceAsStream("/mdns_vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("test resource /mdns_vectors.txt missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            char section = '?';
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# Section ")) {
                    section = line.charAt("# Section ".length());
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split(" \\| ", 3);
                String title = columns[0].trim();
                int space = title.indexOf(' ');
                vectors.add(new Vector(section, title.substring(0, space), title.substring(space + 1),
                        hex(columns[1].trim()), columns[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(vectors);
    }
}
