package org.dgsm.hlr.proxy;

import java.util.Objects;

/**
 * Where a visitor's home HLR takes GSUP: a literal IP address (as mslookup reports it) and a TCP port. Stored in
 * the roaming cache as {@code ip:port} ({@code [v6]:port} for IPv6).
 */
public record HomeAddress(String ip, int port) {

    public HomeAddress {
        Objects.requireNonNull(ip, "ip");
        if (ip.isEmpty() || ip.indexOf('[') >= 0 || ip.indexOf(']') >= 0) {
            throw new IllegalArgumentException("not an IP address literal: '" + ip + "'");
        }
        if (port < 1 || port > 0xffff) {
            throw new IllegalArgumentException("port must be 1-65535, got " + port);
        }
    }

    /**
     * Parses the stored form.
     *
     * @throws IllegalArgumentException if it is not {@code ip:port} / {@code [ip]:port}
     */
    public static HomeAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("home address must be ip:port, got '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("home address must be ip:port, got '" + text + "'");
        }
        return new HomeAddress(host, port);
    }

    @Override
    public String toString() {
        return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + port;
    }
}
