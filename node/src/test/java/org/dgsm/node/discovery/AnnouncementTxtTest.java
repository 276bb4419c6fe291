package org.dgsm.node.discovery;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementTxtTest {

    private static final LocalVillage LAKESIDE = new LocalVillage("Lakeside", "0.1.0", Map.of(
            "sip.voice", Sightings.service("10.9.1.2", 5060),
            "smpp.sms", Sightings.service("10.9.1.2", 2775),
            "gsup.hlr", Sightings.service("fd00::2", 4222)), 8042);
    private static final List<InetAddress> HOST = List.of(Sightings.ip("127.0.0.2"));

    @Test
    void encodesTxtversFirstThenVersionHeartbeatAndServices() {
        Map<String, String> txt = AnnouncementTxt.encode(LAKESIDE, 7);

        assertThat(txt).containsExactly(
                Map.entry("txtvers", "1"),
                Map.entry("v", "0.1.0"),
                Map.entry("hb", "7"),
                Map.entry("gsup.hlr", "[fd00::2]:4222"),
                Map.entry("sip.voice", "10.9.1.2:5060"),
                Map.entry("smpp.sms", "10.9.1.2:2775"));
    }

    @Test
    void decodesWhatItEncodes() throws Exception {
        PeerSighting sighting = AnnouncementTxt.decode("Lakeside", bytes(AnnouncementTxt.encode(LAKESIDE, 3)), HOST, 8042);

        assertThat(sighting.name()).isEqualTo("Lakeside");
        assertThat(sighting.version()).isEqualTo("0.1.0");
        assertThat(sighting.services()).isEqualTo(LAKESIDE.services());
        assertThat(sighting.addresses()).isEqualTo(HOST);
        assertThat(sighting.httpPort()).isEqualTo(8042);
    }

    @Test
    void readsKeysWhateverTheirCase() throws Exception {
        Map<String, String> txt = Map.of("TXTVERS", "1", "V", "2.0", "SIP.Voice", "10.0.0.1:5060");

        PeerSighting sighting = AnnouncementTxt.decode("x", bytes(txt), HOST, 1);

        assertThat(sighting.version()).isEqualTo("2.0");
        assertThat(sighting.services()).containsOnlyKeys("sip.voice");
    }

    @Test
    void ignoresUnknownKeysWithoutADotSoLaterVersionsCanAddSome() throws Exception {
        Map<String, String> txt = Map.of("txtvers", "1", "v", "0.9", "hb", "not even a number", "future", "\u00ff");

        assertThat(AnnouncementTxt.decode("x", bytes(txt), HOST, 1).services()).isEmpty();
    }

    @Test
    void refusesAnnouncementWithoutTxtversOrVersion() {
        assertMalformed(Map.of("v", "0.1"), "no txtvers");
        assertMalformed(Map.of("txtvers", "1"), "no v");
        assertMalformed(Map.of(), "no txtvers");
    }

    @Test
    void refusesAnotherLayoutVersion() {
        assertMalformed(Map.of("txtvers", "2", "v", "0.1"), "unsupported txtvers '2'");
    }

    @Test
    void refusesBadVersions() {
        assertMalformed(Map.of("txtvers", "1", "v", ""), "1 to 64 characters");
        assertMalformed(Map.of("txtvers", "1", "v", "x".repeat(65)), "1 to 64 characters");
    }

    @Test
    void refusesBadServiceNamesAndAddresses() {
        assertMalformed(Map.of("txtvers", "1", "v", "1", "sip..voice", "10.0.0.1:1"), "service name");
        assertMalformed(Map.of("txtvers", "1", "v", "1", "sip.voice_", "10.0.0.1:1"), "service name");
        assertMalformed(Map.of("txtvers", "1", "v", "1", "sip.voice", "pbx.example.org:5060"),
                "service sip.voice: not an IPv4 address in 'pbx.example.org:5060'");
        assertMalformed(Map.of("txtvers", "1", "v", "1", "sip.voice", "10.0.0.1"), "IPv4:PORT");
    }

    @Test
    void refusesMoreThanSixteenServices() {
        Map<String, String> txt = new TreeMap<>(Map.of("txtvers", "1", "v", "1"));
        for (int i = 0; i < 17; i++) {
            txt.put("svc" + i + ".x", "10.0.0.1:" + (i + 1));
        }
        assertMalformed(txt, "more than 16 services");
    }

    @Test
    void refusesKeysThatOnlyDifferInCase() {
        Map<String, String> txt = new LinkedHashMap<>(Map.of("txtvers", "1"));
        txt.put("v", "1");
        txt.put("V", "2");
        assertMalformed(txt, "appears twice");
    }

    @Test
    void refusesKnownKeysWithoutValueOrWithUnprintableValue() {
        Map<String, byte[]> txt = new LinkedHashMap<>();
        txt.put("txtvers", "1".getBytes(StandardCharsets.US_ASCII));
        txt.put("v", null);
        assertThatThrownBy(() -> AnnouncementTxt.decode("x", txt, HOST, 1)).hasMessageContaining("'v' has no value");
        txt.put("v", new byte[]{'1', 0x07});
        assertThatThrownBy(() -> AnnouncementTxt.decode("x", txt, HOST, 1)).hasMessageContaining("not printable ASCII");
    }

    @Test
    void refusesBadInstanceNamesAndPorts() {
        Map<String, String> good = Map.of("txtvers", "1", "v", "1");
        assertThatThrownBy(() -> AnnouncementTxt.decode("a\u0000b", bytes(good), HOST, 1))
                .isInstanceOf(MalformedAnnouncementException.class).hasMessageContaining("control character");
        assertThatThrownBy(() -> AnnouncementTxt.decode("x", bytes(good), HOST, 0))
                .isInstanceOf(MalformedAnnouncementException.class).hasMessageContaining("SRV port 0");
    }

    @Test
    void refusesTooManyEntries() {
        Map<String, String> txt = new TreeMap<>(Map.of("txtvers", "1", "v", "1"));
        for (int i = 0; i < 31; i++) {
            txt.put("k" + i, "x");
        }
        assertMalformed(txt, "at most 32");
    }

    @Test
    void keepsAtMostEightDistinctHostAddresses() throws Exception {
        List<InetAddress> many = new ArrayList<>();
        many.add(Sightings.ip("127.0.0.1"));
        for (int i = 1; i <= 10; i++) {
            many.add(Sightings.ip("127.0.0." + i));
        }
        many.add(null);

        List<InetAddress> kept = AnnouncementTxt.decode("x", bytes(Map.of("txtvers", "1", "v", "1")), many, 1).addresses();

        assertThat(kept).hasSize(8).doesNotHaveDuplicates().doesNotContainNull().startsWith(Sightings.ip("127.0.0.1"));
    }

    @Test
    void localVillageRefusesWhatCouldNotBeAnnounced() {
        assertThatThrownBy(() -> new LocalVillage("", "1", Map.of(), 1)).hasMessageContaining("empty");
        assertThatThrownBy(() -> new LocalVillage("x", "1\n", Map.of(), 1)).hasMessageContaining("printable ASCII");
        assertThatThrownBy(() -> new LocalVillage("x", "1", Map.of("SIP.voice", Sightings.service("10.0.0.1", 1)), 1))
                .hasMessageContaining("service name");
        assertThatThrownBy(() -> new LocalVillage("x", "1", Map.of(), 0)).hasMessageContaining("httpPort");
    }

    private static void assertMalformed(Map<String, String> txt, String message) {
        assertThatThrownBy(() -> AnnouncementTxt.decode("x", bytes(txt), HOST, 8042))
                .isInstanceOf(MalformedAnnouncementException.class).hasMessageContaining(message);
    }

    static Map<String, byte[]> bytes(Map<String, String> txt) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        txt.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return out;
    }
}
