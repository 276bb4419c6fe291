package org.dgsm.node;

import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one village node needs to start. Built from the command line (and later a config file);
 * every field is already validated.
 *
 * @param services the address this village announces per service name ({@code sip.voice}, {@code smpp.sms},
 *                 ...) for subscribers attached here; {@code gsup.hlr} defaults to the GSUP bind address
 */
public record NodeSettings(String siteName,
                           Path database,
                           InetSocketAddress gsupBind,
                           MulticastConfig mslookup,
                           String domainSuffix,
                           InetSocketAddress httpBind,
                           Map<String, ServiceAddress> services,
                           boolean proxyEnabled) {

    public NodeSettings {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(gsupBind, "gsupBind");
        Objects.requireNonNull(mslookup, "mslookup");
        Objects.requireNonNull(domainSuffix, "domainSuffix");
        Objects.requireNonNull(httpBind, "httpBind");
        services = Map.copyOf(services);
    }
}
