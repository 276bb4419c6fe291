package org.dgsm.node.config;

import org.dgsm.node.NodeSettings;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VillageConfigLoaderTest {

    private static NodeSettings parse(String yaml) throws ConfigException {
        return VillageConfigLoader.parse("village.yaml", new StringReader(yaml), Path.of("/etc/dgsm")).build();
    }

    @Test
    void readsEverySection() throws Exception {
        NodeSettings s = parse("""
                site: north
                database: hlr.db
                gsup:
                  bind: 127.0.0.5:4223
                mslookup:
                  group: 239.192.23.43:4267
                  interface: lo
                  ttl: 4
                  domain-suffix: mesh.example
                services:
                  sip.voice: 127.0.0.5:5060
                  smpp.sms: "[fd00::5]:2775"
                http:
                  bind: 127.0.0.5:8043
                proxy:
                  enabled: false
                """);
        assertThat(s.siteName()).isEqualTo("north");
        assertThat(s.database()).isEqualTo(Path.of("/etc/dgsm/hlr.db"));
        assertThat(s.gsupBind().getPort()).isEqualTo(4223);
        assertThat(s.mslookup().port()).isEqualTo(4267);
        assertThat(s.mslookup().ttl()).isEqualTo(4);
        assertThat(s.domainSuffix()).isEqualTo("mesh.example");
        assertThat(s.services()).containsOnlyKeys("sip.voice", "smpp.sms");
        assertThat(s.services().get("smpp.sms").port()).isEqualTo(2775);
        assertThat(s.httpBind().getPort()).isEqualTo(8043);
        assertThat(s.proxyEnabled()).isFalse();
    }

    @Test
    void onlySiteIsRequired() throws Exception {
        NodeSettings s = parse("site: south\n");
        assertThat(s.gsupBind()).isEqualTo(NodeSettings.DEFAULT_GSUP_BIND);
        assertThat(s.mslookup().networkInterface().getName()).isEqualTo("lo");
        assertThat(s.proxyEnabled()).isTrue();
    }

    @Test
    void unknownKeyIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("site: a\nmslookup:\n  ttl: 2\n  colour: red\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("village.yaml line 4: unknown key 'mslookup.colour'")
                .hasMessageContaining("interface");
    }

    @Test
    void badValueIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("site: a\nmslookup:\n  ttl: 300\n"))
                .hasMessage("village.yaml line 3: mslookup.ttl: must be a whole number 1..255, got '300'");
    }

    @Test
    void badAddressIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("site: a\nservices:\n  sip.voice: pbx.local:5060\n"))
                .hasMessageStartingWith("village.yaml line 3: services.sip.voice: not an IP address");
    }

    @Test
    void unicastGroupIsRefused() {
        assertThatThrownBy(() -> parse("site: a\nmslookup:\n  group: 10.0.0.1:4266\n"))
                .hasMessageStartingWith("village.yaml line 3: mslookup.group:")
                .hasMessageContaining("multicast");
    }

    @Test
    void missingSiteIsReported() {
        assertThatThrownBy(() -> parse("database: x.db\n")).hasMessage("village.yaml line 1: site: missing");
    }

    @Test
    void duplicateKeyIsReported() {
        assertThatThrownBy(() -> parse("site: a\nsite: b\n")).hasMessage("village.yaml line 2: site: given twice");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse("site: a\nservices: [\n")).hasMessageStartingWith("village.yaml line 3: not valid YAML");
    }

    @Test
    void siteNameMustBeAPlainWord() {
        assertThatThrownBy(() -> parse("site: \"<b>x</b>\"\n")).hasMessageContaining("site: letters, digits");
    }

    @Test
    void readsTheSmsSection() throws Exception {
        NodeSettings s = parse("""
                site: a
                database: /var/lib/dgsm/hlr.db
                sms:
                  listen: 127.0.0.7:2776
                  smsc: 127.0.0.1:2775
                  system-id: OSMPP
                  password: secret
                """);
        assertThat(s.sms()).isNotNull();
        assertThat(s.sms().toString()).contains("127.0.0.7").doesNotContain("secret");
    }

    @Test
    void smsWithoutListenIsReported() {
        assertThatThrownBy(() -> parse("site: a\nsms:\n  smsc: 127.0.0.1:2775\n"))
                .hasMessageStartingWith("village.yaml line 3: sms.listen: missing");
    }

    @Test
    void hlrSettingsAndPerMscServices() throws Exception {
        NodeSettings s = parse("""
                site: north
                gsup:
                  ipa-name: hlr-north-1
                hlr:
                  reject-cause-not-found: 2
                msc:
                  msc-north-2:
                    sip.voice: 127.0.0.8:5060
                """);
        assertThat(s.hlr().ipaName()).isEqualTo("hlr-north-1");
        assertThat(s.hlr().notFoundCause()).isEqualTo(2);
        assertThat(s.mscServices().get("msc-north-2")).containsKey("sip.voice");
    }

    @Test
    void ipaNameDefaultsToTheSiteName() throws Exception {
        assertThat(parse("site: south\n").hlr().ipaName()).isEqualTo("hlr-south");
    }

    @Test
    void readsSigningAndGsupAllowLists() throws Exception {
        NodeSettings s = parse("""
                site: a
                gsup:
                  allow:
                    msc-sgsn: {ipa-names: [msc-a-1], sources: [127.0.0.1/32]}
                    hlr-proxies: {sources: []}
                mslookup:
                  signing:
                    key-id: assembly-2026-09
                    secret-hex: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
                    replay-window-seconds: 20
                    legacy-villages: [127.0.0.9]
                """);
        assertThat(s.signing()).isNotNull();
        assertThat(s.signing().replayWindowMillis()).isEqualTo(20_000);
        assertThat(s.signing().toString()).doesNotContain("000102030405");
        assertThat(s.gsupPeers().admit("msc-a-1", java.net.InetAddress.getByName("127.0.0.1")).allowed()).isTrue();
        assertThat(s.gsupPeers().admit("msc-x", java.net.InetAddress.getByName("127.0.0.1")).allowed()).isFalse();
    }

    @Test
    void shortSigningKeyIsReported() {
        assertThatThrownBy(() -> parse("site: a\nmslookup:\n  signing:\n    key-id: k\n    secret-hex: abcd\n"))
                .hasMessageStartingWith("village.yaml line 5: mslookup.signing.secret-hex:");
    }
}
