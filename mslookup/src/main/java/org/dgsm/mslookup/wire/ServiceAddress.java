package org.dgsm.mslookup.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * Where a service is reached: an IPv4 or IPv6 address and a port 1..65535.
 *
 * @throws IllegalArgumentException from the constructor for a port out of range or an unknown address family
 */
public record ServiceAddress(InetAddress ip, int port) {

    public ServiceAddress {
        Objects.requireNonNull(ip, "ip");
        if (!(ip instanceof Inet4Address) && !(ip instanceof Inet6Address)) {
            throw new IllegalArgumentException("ip must be an IPv4 or IPv6 address: " + ip);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, got " + port);
        }
    }

    public boolean isIpv4() {
        return ip instanceof Inet4Address;
    }

    /** {@code 10.2.2.2:5060} or {@code [fd00::2]:5062}, the way osmo prints addresses. */
    @Override
    public String toString() {
        String text = IpAddressText.format(ip);
        return isIpv4() ? text + ":" + port : "[" + text + "]:" + port;
    }
}
