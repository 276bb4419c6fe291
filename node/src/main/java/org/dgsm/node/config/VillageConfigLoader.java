package org.dgsm.node.config;

import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.net.Addresses;
import org.dgsm.smpp.SmsSettings;
import org.dgsm.mslookup.signing.MeshKey;
import org.dgsm.mslookup.signing.MeshKeyRing;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.hlr.netty.PeerAllowList;
import org.dgsm.hlr.netty.PeerPolicy;
import org.dgsm.node.site.ProgramSpec;
import org.dgsm.node.site.SitePrograms;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a village.yaml into {@link NodeSettings}. Every key is checked; an unknown key, a missing one or a bad
 * value stops the node with the file, line and key named. Example:
 * <pre>
 * site: north
 * database: /var/lib/dgsm/hlr.db
 * gsup:
 *   bind: 10.23.0.1:4222
 *   ipa-name: hlr-north            # unique in the mesh; default hlr-SITE
 *   allow:                         # optional: who may connect (a missing list means anyone, [] nobody)
 *     msc-sgsn: {ipa-names: [msc-north-1, sgsn-north], sources: [127.0.0.1/32]}
 *     hlr-proxies: {sources: [10.23.0.0/16]}
 * hlr:
 *   reject-cause-not-found: 11     # as OsmoHLR 1.9 (1.5 used 2)
 *   reject-cause-no-proxy: 17
 *   store-imei: false
 * mslookup:
 *   group: 239.192.23.42:4266
 *   interface: eth1
 *   ttl: 4
 *   domain-suffix: mdns.osmocom.org
 *   signing:                       # optional: sign answers, accept only signed ones (docs/signed-mslookup.md)
 *     key-id: assembly-2026-09
 *     secret-hex: 64 hex digits
 *     legacy-villages: [10.23.7.1] # OsmoHLR villages, whose answers cannot be signed
 * services:
 *   sip.voice: 10.23.0.1:5060
 *   smpp.sms: 10.23.0.1:2775
 * msc:                             # per-MSC addresses, by the MSC's IPA name
 *   msc-north-2:
 *     sip.voice: 10.23.0.2:5060
 * http:
 *   bind: 127.0.0.1:8042
 * proxy:
 *   enabled: true
 * programs:                        # radio-side programs the node starts and restarts (dgsm site init wrote
 *   start: [osmo-stp, osmo-msc, osmo-sgsn]   # their configs next to this file)
 * ctrl:                            # osmo-hlr's CTRL interface, for existing provisioning scripts
 *   bind: 127.0.0.1:4259           # default: the GSUP address, port 4259
 * discovery:                       # DNS-SD announcements on the mesh interface
 *   enabled: true
 * sms:                             # SMS between villages (optional)
 *   listen: 10.23.0.1:2775         # other villages submit here; announced as smpp.sms
 *   smsc: 127.0.0.1:2775           # the local osmo-msc's SMPP port (esme OSMPP, default-route)
 *   system-id: OSMPP
 *   password: foo
 *   queue: sms-queue.db            # default: beside the database
 * </pre>
 * Relative paths are relative to the config file's folder.
 */
public final class VillageConfigLoader {

    /** A village config is a few kilobytes; this bounds what a mistaken path can make us read. */
    private static final int MAX_CONFIG_BYTES = 1 << 20;

    private VillageConfigLoader() {
    }

    public static NodeSettings.Builder load(Path file) throws ConfigException {
        String text;
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                throw new ConfigException(file + ": larger than " + MAX_CONFIG_BYTES + " bytes, not a village config");
            }
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config " + file + ": " + e.getMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(file.getFileName().toString(), new StringReader(text), base);
    }

    static NodeSettings.Builder parse(String source, Reader yaml, Path base) throws ConfigException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);      // we report duplicates ourselves, with the line
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(yaml);
        } catch (MarkedYAMLException e) {
            throw new ConfigException(source + " line " + (e.getProblemMark().getLine() + 1) + ": not valid YAML: "
                    + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(source + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ConfigException(source + ": empty config");
        }
        YamlSection top = new YamlSection(source, "", root)
                .allowOnly(Set.of("site", "database", "gsup", "hlr", "mslookup", "services", "msc", "http", "proxy",
                        "discovery", "sms", "ctrl", "programs"));
        NodeSettings.Builder b = NodeSettings.builder();
        b.siteName(top.requiredString("site"));
        if (!b.build().siteName().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw top.error("site", "letters, digits, '.', '_' and '-' only, at most 63 characters");
        }
        top.string("database").ifPresent(db -> b.database(base == null ? Path.of(db) : base.resolve(db)));

        HlrSettings hlr = HlrSettings.defaults().withIpaName("hlr-" + b.build().siteName());
        if (top.has("gsup")) {
            YamlSection gsup = top.section("gsup").orElseThrow().allowOnly(Set.of("bind", "ipa-name", "allow"));
            if (gsup.has("allow")) {
                YamlSection allow = gsup.section("allow").orElseThrow().allowOnly(Set.of("msc-sgsn", "hlr-proxies"));
                b.gsupPeers(new PeerPolicy(allowList(allow, "msc-sgsn"), allowList(allow, "hlr-proxies")));
            }
            gsup.parsed("bind", t -> Addresses.socketAddress(t, NodeSettings.DEFAULT_GSUP_PORT)).ifPresent(b::gsupBind);
            Optional<String> ipaName = gsup.parsed("ipa-name", VillageConfigLoader::ipaName);
            if (ipaName.isPresent()) {
                hlr = hlr.withIpaName(ipaName.get());
            }
        }
        if (top.has("hlr")) {
            YamlSection h = top.section("hlr").orElseThrow()
                    .allowOnly(Set.of("reject-cause-not-found", "reject-cause-no-proxy", "store-imei"));
            hlr = hlr.withRejectCauses(h.integer("reject-cause-not-found", 1, 255).orElse(hlr.notFoundCause()),
                    h.integer("reject-cause-no-proxy", 1, 255).orElse(hlr.noProxyCause()));
            hlr = hlr.withStoreImei(h.bool("store-imei").orElse(hlr.storeImei()));
        }
        b.hlr(hlr);
        if (top.has("mslookup")) {
            YamlSection m = top.section("mslookup").orElseThrow()
                    .allowOnly(Set.of("group", "interface", "ttl", "domain-suffix", "signing"));
            if (m.has("signing")) {
                b.signing(signing(m.section("signing").orElseThrow()));
            }
            InetSocketAddress group = m.parsed("group", t -> Addresses.socketAddress(t, MulticastConfig.DEFAULT_PORT))
                    .orElse(new InetSocketAddress(MulticastConfig.DEFAULT_GROUP, MulticastConfig.DEFAULT_PORT));
            String iface = m.string("interface").orElse(MulticastConfig.DEFAULT_INTERFACE);
            int ttl = m.integer("ttl", 1, 255).orElse(MulticastConfig.DEFAULT_TTL);
            try {
                b.mslookup(MulticastConfig.of(group.getAddress().getHostAddress(), group.getPort(), iface, ttl));
            } catch (IllegalArgumentException e) {
                throw m.error(m.has("interface") && e.getMessage().contains("interface") ? "interface" : "group",
                        e.getMessage());
            }
            m.parsed("domain-suffix", DomainSuffix::requireValid).ifPresent(b::domainSuffix);
        }
        if (top.has("services")) {
            b.services(services(top.section("services").orElseThrow()));
        }
        if (top.has("msc")) {
            YamlSection msc = top.section("msc").orElseThrow();
            for (String name : msc.keys()) {
                try {
                    ipaName(name);
                } catch (IllegalArgumentException e) {
                    throw msc.error(name, e.getMessage());
                }
                b.mscServices(name, services(msc.section(name).orElseThrow()));
            }
        }
        if (top.has("http")) {
            YamlSection http = top.section("http").orElseThrow().allowOnly(Set.of("bind"));
            http.parsed("bind", t -> Addresses.socketAddress(t, 8042)).ifPresent(b::httpBind);
        }
        if (top.has("sms")) {
            b.sms(sms(top.section("sms").orElseThrow(), base, b.build()));
        }
        if (top.has("programs")) {
            b.programs(programs(top.section("programs").orElseThrow(), base));
        }
        if (top.has("ctrl")) {
            YamlSection ctrl = top.section("ctrl").orElseThrow().allowOnly(Set.of("bind", "enabled"));
            ctrl.parsed("bind", t -> Addresses.socketAddress(t, NodeSettings.DEFAULT_CTRL_PORT)).ifPresent(b::ctrlBind);
            ctrl.bool("enabled").ifPresent(b::ctrlEnabled);
        }
        if (top.has("discovery")) {
            YamlSection discovery = top.section("discovery").orElseThrow().allowOnly(Set.of("enabled"));
            discovery.bool("enabled").ifPresent(b::discoveryEnabled);
        }
        if (top.has("proxy")) {
            YamlSection proxy = top.section("proxy").orElseThrow().allowOnly(Set.of("enabled"));
            proxy.bool("enabled").ifPresent(b::proxyEnabled);
        }
        return b;
    }

    /**
     * The SMS handler: it listens for the other villages on {@code listen} (announced as smpp.sms unless
     * services: smpp.sms says otherwise) and binds to the local SMSC (osmo-msc's {@code esme OSMPP}).
     */
    private static SmsSettings sms(YamlSection s, Path base, NodeSettings sofar) throws ConfigException {
        s.allowOnly(Set.of("listen", "queue", "smsc", "system-id", "password", "peer-system-id", "peer-password"));
        InetSocketAddress listen = s.parsed("listen", t -> Addresses.socketAddress(t, 2775))
                .orElseThrow(() -> s.error("listen", "missing: the address other villages submit SMS to"));
        ServiceAddress own = sofar.services().getOrDefault("smpp.sms",
                new ServiceAddress(listen.getAddress(), listen.getPort()));
        Path queue = s.string("queue").map(q -> base == null ? Path.of(q) : base.resolve(q))
                .orElse(sofar.database().resolveSibling("sms-queue.db"));
        SmsSettings.Builder sms = SmsSettings.builder(queue, own).listen(listen);
        InetSocketAddress smsc = s.parsed("smsc", t -> Addresses.socketAddress(t, 2775))
                .orElse(new InetSocketAddress("127.0.0.1", 2775));
        sms.smsc(smsc.getAddress().getHostAddress(), smsc.getPort(), s.string("system-id").orElse("OSMPP"),
                s.string("password").orElse("foo"));
        if (s.has("peer-system-id") || s.has("peer-password")) {
            sms.peerCredentials(s.string("peer-system-id").orElse("ISMPP"), s.string("peer-password").orElse("foo"));
        }
        try {
            return sms.build();
        } catch (IllegalArgumentException e) {
            throw s.error("listen", e.getMessage());
        }
    }

    /**
     * The radio-side programs to start and watch, from the site folder {@code dgsm site init} wrote (the config
     * file's folder unless {@code site-directory} says otherwise).
     */
    private static List<ProgramSpec> programs(YamlSection p, Path base) throws ConfigException {
        p.allowOnly(Set.of("start", "site-directory", "state-directory", "log-directory"));
        Path dir = base == null ? Path.of(".") : base;
        Path site = p.string("site-directory").map(dir::resolve).orElse(dir);
        Path state = p.string("state-directory").map(dir::resolve).orElse(dir.resolve("state"));
        Path logs = p.string("log-directory").map(dir::resolve).orElse(dir.resolve("logs"));
        List<String> wanted = p.stringList("start").orElseThrow(() -> p.error("start",
                "missing: which programs to start, e.g. [osmo-stp, osmo-msc, osmo-sgsn]"));
        Map<String, ProgramSpec> available = new LinkedHashMap<>();
        SitePrograms.of(site, state, logs).forEach(spec -> available.put(spec.name(), spec));
        for (String name : wanted) {
            if (!SitePrograms.PROGRAMS.contains(name)) {
                throw p.error("start", "unknown program '" + name + "'; known: " + String.join(", ", SitePrograms.PROGRAMS));
            }
            if (!available.containsKey(name)) {
                throw p.error("start", "no " + name + ".cfg in " + site + " (write it with: dgsm site init)");
            }
        }
        return available.values().stream().filter(spec -> wanted.contains(spec.name())).toList();
    }

    /** Signed mslookup: our answers carry an HMAC companion; others' are accepted only with a valid one. */
    private static SigningSettings signing(YamlSection s) throws ConfigException {
        s.allowOnly(Set.of("key-id", "secret-hex", "previous-key-id", "previous-secret-hex", "replay-window-seconds",
                "legacy-villages"));
        MeshKey current;
        try {
            current = MeshKey.fromHex(s.requiredString("key-id"), s.requiredString("secret-hex"));
        } catch (IllegalArgumentException e) {
            throw s.error("secret-hex", e.getMessage());
        }
        List<MeshKey> previous = new java.util.ArrayList<>();
        if (s.has("previous-key-id")) {
            try {
                previous.add(MeshKey.fromHex(s.requiredString("previous-key-id"), s.requiredString("previous-secret-hex")));
            } catch (IllegalArgumentException e) {
                throw s.error("previous-secret-hex", e.getMessage());
            }
        }
        SigningSettings signing = SigningSettings.of(new MeshKeyRing(current, previous));
        Optional<Integer> window = s.integer("replay-window-seconds", 1, 3600);
        if (window.isPresent()) {
            signing = signing.withReplayWindowMillis(window.get() * 1000L);
        }
        Optional<List<String>> legacy = s.stringList("legacy-villages");
        if (legacy.isPresent()) {
            java.util.Set<java.net.InetAddress> addresses = new java.util.LinkedHashSet<>();
            for (String ip : legacy.get()) {
                try {
                    addresses.add(Addresses.socketAddress(ip.contains(":") && !ip.startsWith("[") ? "[" + ip + "]" : ip, 1)
                            .getAddress());
                } catch (IllegalArgumentException e) {
                    throw s.error("legacy-villages", e.getMessage());
                }
            }
            signing = signing.withLegacyAddresses(addresses);
        }
        return signing;
    }

    /** {@code ipa-names: [...]} and {@code sources: [CIDR, ...]}; a missing key means any, {@code []} nobody. */
    private static PeerAllowList allowList(YamlSection allow, String role) throws ConfigException {
        if (!allow.has(role)) {
            return PeerAllowList.any();
        }
        YamlSection r = allow.section(role).orElseThrow().allowOnly(Set.of("ipa-names", "sources"));
        try {
            return PeerAllowList.of(r.stringList("ipa-names").orElse(null), r.stringList("sources").orElse(null));
        } catch (IllegalArgumentException e) {
            throw r.error("sources", e.getMessage());
        }
    }

    private static Map<String, ServiceAddress> services(YamlSection s) throws ConfigException {
        Map<String, ServiceAddress> services = new LinkedHashMap<>();
        for (String name : s.keys()) {
            InetSocketAddress a = s.parsed(name, t -> Addresses.socketAddress(t, 0)).orElseThrow();
            if (a.getPort() == 0) {
                throw s.error(name, "give IP:PORT");
            }
            services.put(name, new ServiceAddress(a.getAddress(), a.getPort()));
        }
        return services;
    }

    /** An IPA name as osmo's VTY takes it: printable, no blanks, at most 31 characters. */
    private static String ipaName(String text) {
        if (!text.matches("[!-~]{1,31}")) {
            throw new IllegalArgumentException("an IPA name is 1..31 printable characters without blanks, got '" + text + "'");
        }
        return text;
    }
}
