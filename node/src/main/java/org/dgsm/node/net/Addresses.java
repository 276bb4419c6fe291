package org.dgsm.node.net;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** Parses IP:PORT and NAME=IP:PORT as operators write them (command line, config), with errors that quote the value. No names are resolved. */
public final class Addresses {

    private Addresses() {
    }

    /** {@code 127.0.0.1:4222} or {@code [fd00::1]:4222}; a bare IP takes {@code defaultPort}. */
    public static InetSocketAddress socketAddress(String text, int defaultPort) {
        String host = text;
        int port = defaultPort;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ']' in '" + text + "'");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("expected IP:PORT, got '" + text + "'");
                }
                port = port(rest.substring(1), text);
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = port(text.substring(text.indexOf(':') + 1), text);
        }
        return new InetSocketAddress(ip(host, text), port);
    }

    /** {@code sip.voice=10.0.0.1:5060}. */
    public static Map.Entry<String, ServiceAddress> service(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected NAME=IP:PORT, got '" + text + "'");
        }
        String name = text.substring(0, eq);
        String at = text.substring(eq + 1);
        boolean hasPort = at.startsWith("[") ? at.contains("]:") : at.indexOf(':') >= 0 && at.indexOf(':') == at.lastIndexOf(':');
        if (!hasPort) {
            throw new IllegalArgumentException("missing port in '" + text + "'");
        }
        InetSocketAddress address = socketAddress(at, 0);
        return Map.entry(name, new ServiceAddress(address.getAddress(), address.getPort()));
    }

    private static int port(String digits, String whole) {
        try {
            int port = Integer.parseInt(digits);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be 1..65535 in '" + whole + "'");
        }
    }

    private static InetAddress ip(String host, String whole) {
        // Only literals reach getByName: dotted-quad IPv4, or text with a colon (IPv6), which it never resolves.
        boolean ipv4 = host.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
        boolean ipv6 = host.indexOf(':') >= 0 && host.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            throw new IllegalArgumentException("not an IP address in '" + whole + "'");
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address in '" + whole + "'");
        }
    }
}
