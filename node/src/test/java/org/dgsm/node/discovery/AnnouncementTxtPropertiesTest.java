package org.dgsm.node.discovery;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever arrives in a TXT record, the decoder answers with a sighting or its own exception, nothing else. */
class AnnouncementTxtPropertiesTest {

    private static final List<InetAddress> HOST = List.of(Sightings.ip("127.0.0.2"));
    private static final Map<String, String> VALID = Map.of("txtvers", "1", "v", "0.1.0", "hb", "5",
            "sip.voice", "10.9.1.2:5060", "gsup.hlr", "[fd00::2]:4222");

    @Property(tries = 3_000)
    void randomEntriesNeverCrashTheDecoder(@ForAll("randomTxt") Map<String, byte[]> txt,
                                           @ForAll("names") String name) {
        decodeOrRefuse(name, txt);
    }

    @Property(tries = 3_000)
    void mutatedValidEntriesNeverCrashTheDecoder(@ForAll("mutatedTxt") Map<String, byte[]> txt) {
        PeerSighting sighting = decodeOrRefuse("village", txt);
        if (sighting != null) {
            assertThat(sighting.services()).hasSizeLessThanOrEqualTo(AnnouncementTxt.MAX_SERVICES);
            assertThat(AnnouncementTxt.versionProblem(sighting.version())).isNull();
        }
    }

    /** Cheaper than jqwik for volume: 100,000 seeded random rewrites of a valid record's values and keys. */
    @Test
    void hundredThousandSeededMutationsNeverCrashTheDecoder() {
        Random random = new Random(20261126);
        List<String> keys = List.copyOf(VALID.keySet());
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            Map<String, byte[]> txt = new LinkedHashMap<>();
            VALID.forEach((key, value) -> txt.put(key, value.getBytes(StandardCharsets.US_ASCII)));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                String key = keys.get(random.nextInt(keys.size()));
                byte[] value = txt.get(key);
                if (value == null || random.nextInt(4) == 0) {
                    byte[] fresh = new byte[random.nextInt(20)];
                    random.nextBytes(fresh);
                    txt.put(random.nextBoolean() ? key : key.toUpperCase(Locale.ROOT), fresh);
                } else if (value.length > 0) {
                    value[random.nextInt(value.length)] = (byte) random.nextInt(256);
                }
            }
            if (decodeOrRefuse("village", txt) != null) {
                accepted++;
            }
        }
        assertThat(accepted).as("some mutations stay valid (e.g. another digit)").isPositive();
    }

    private static PeerSighting decodeOrRefuse(String name, Map<String, byte[]> txt) {
        try {
            return AnnouncementTxt.decode(name, txt, HOST, 8042);
        } catch (MalformedAnnouncementException e) {
            assertThat(e.getMessage()).isNotBlank();
            return null;
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().ofMinLength(0).ofMaxLength(70);
    }

    @Provide
    Arbitrary<Map<String, byte[]>> randomTxt() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of("txtvers", "v", "hb", "sip.voice", "SIP.VOICE", "a.b", "x"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<byte[]> values = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Arbitraries.of("1", "2", "10.0.0.1:5060", "[::1]:1", "").map(s -> s.getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.just(null));
        return Arbitraries.maps(keys, values).ofMaxSize(40).map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<Map<String, byte[]>> mutatedTxt() {
        List<String> keys = List.copyOf(VALID.keySet());
        Arbitrary<Integer> which = Arbitraries.integers().between(0, keys.size() - 1);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 40);
        Arbitrary<Byte> replacement = Arbitraries.bytes();
        Arbitrary<Integer> mode = Arbitraries.integers().between(0, 3);
        return Combinators.combine(which, position, replacement, mode).as((k, pos, b, m) -> {
            Map<String, byte[]> txt = new LinkedHashMap<>();
            VALID.forEach((key, value) -> txt.put(key, value.getBytes(StandardCharsets.US_ASCII)));
            String key = keys.get(k);
            byte[] value = txt.get(key);
            switch (m) {
                case 0 -> { // overwrite one byte
                    if (value.length > 0) {
                        value[pos % value.length] = b;
                    }
                }
                case 1 -> { // cut the value
                    txt.put(key, Arrays.copyOf(value, pos % (value.length + 1)));
                }
                case 2 -> { // rename the key by one character
                    txt.remove(key);
                    char[] chars = key.toCharArray();
                    chars[pos % chars.length] = (char) (b & 0xff);
                    txt.put(new String(chars), value);
                }
                default -> txt.remove(key);
            }
            return txt;
        });
    }
}
