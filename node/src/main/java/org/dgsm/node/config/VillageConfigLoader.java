package org.dgsm.node.config;

import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.net.Addresses;
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
import java.util.Map;
import java.util.Set;

/**
 * Reads a village.yaml into {@link NodeSettings}. Every key is checked; an unknown key, a missing one or a bad
 * value stops the node with the file, line and key named. Example:
 * <pre>
 * site: north
 * database: /var/lib/dgsm/hlr.db
 * gsup:
 *   bind: 10.23.0.1:4222
 * mslookup:
 *   group: 239.192.23.42:4266
 *   interface: eth1
 *   ttl: 4
 *   domain-suffix: mdns.osmocom.org
 * services:
 *   sip.voice: 10.23.0.1:5060
 *   smpp.sms: 10.23.0.1:2775
 * http:
 *   bind: 127.0.0.1:8042
 * proxy:
 *   enabled: true
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
                .allowOnly(Set.of("site", "database", "gsup", "mslookup", "services", "http", "proxy"));
        NodeSettings.Builder b = NodeSettings.builder();
        b.siteName(top.requiredString("site"));
        if (!b.build().siteName().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw top.error("site", "letters, digits, '.', '_' and '-' only, at most 63 characters");
        }
        top.string("database").ifPresent(db -> b.database(base == null ? Path.of(db) : base.resolve(db)));

        if (top.has("gsup")) {
            YamlSection gsup = top.section("gsup").orElseThrow().allowOnly(Set.of("bind"));
            gsup.parsed("bind", t -> Addresses.socketAddress(t, NodeSettings.DEFAULT_GSUP_PORT)).ifPresent(b::gsupBind);
        }
        if (top.has("mslookup")) {
            YamlSection m = top.section("mslookup").orElseThrow()
                    .allowOnly(Set.of("group", "interface", "ttl", "domain-suffix"));
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
            YamlSection s = top.section("services").orElseThrow();
            Map<String, ServiceAddress> services = new LinkedHashMap<>();
            for (String name : s.keys()) {
                InetSocketAddress a = s.parsed(name, t -> Addresses.socketAddress(t, 0)).orElseThrow();
                if (a.getPort() == 0) {
                    throw s.error(name, "give IP:PORT");
                }
                services.put(name, new ServiceAddress(a.getAddress(), a.getPort()));
            }
            b.services(services);
        }
        if (top.has("http")) {
            YamlSection http = top.section("http").orElseThrow().allowOnly(Set.of("bind"));
            http.parsed("bind", t -> Addresses.socketAddress(t, 8042)).ifPresent(b::httpBind);
        }
        if (top.has("proxy")) {
            YamlSection proxy = top.section("proxy").orElseThrow().allowOnly(Set.of("enabled"));
            proxy.bool("enabled").ifPresent(b::proxyEnabled);
        }
        return b;
    }
}
