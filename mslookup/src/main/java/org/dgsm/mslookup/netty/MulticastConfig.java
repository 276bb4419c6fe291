package org.dgsm.mslookup.netty;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where mslookup traffic goes: the multicast group and port, the one interface it is pinned to, and the
 * multicast TTL. OsmoHLR never sets a TTL (kernel default 1), so its lookups die at the first router;
 * a village whose mesh is routed raises it here.
 */
public record MulticastConfig(InetAddress group, int port, NetworkInterface networkInterface, int ttl) {

    public static final String DEFAULT_GROUP = "239.192.23.42";
    public static final int DEFAULT_PORT = 4266;
    public static final String DEFAULT_INTERFACE = "lo";
    public static final int DEFAULT_TTL = 1;

    public MulticastConfig {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(networkInterface, "networkInterface");
        if (!(group instanceof Inet4Address) || !group.isMulticastAddress()) {
            throw new IllegalArgumentException("mslookup group must be an IPv4 multicast address (224.0.0.0/4), got "
                    + group.getHostAddress());
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("mslookup port must be 1..65535, got " + port);
        }
        if (ttl < 1 || ttl > 255) {
            throw new IllegalArgumentException("multicast TTL must be 1..255, got " + ttl);
        }
    }

    /** Builds a config from text as a user types it; every error names the offending value. */
    public static MulticastConfig of(String group, int port, String interfaceName, int ttl) {
        InetAddress groupAddress;
        try {
            groupAddress = InetAddress.getByName(Objects.requireNonNull(group, "group"));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + group + "'");
        }
        return new MulticastConfig(groupAddress, port, interfaceNamed(interfaceName), ttl);
    }

    public static MulticastConfig defaults() {
        return of(DEFAULT_GROUP, DEFAULT_PORT, DEFAULT_INTERFACE, DEFAULT_TTL);
    }

    public MulticastConfig withGroup(InetAddress newGroup, int newPort) {
        return new MulticastConfig(newGroup, newPort, networkInterface, ttl);
    }

    public static NetworkInterface interfaceNamed(String name) {
        try {
            NetworkInterface nif = NetworkInterface.getByName(Objects.requireNonNull(name, "interface"));
            if (nif == null) {
                throw new IllegalArgumentException("no such network interface: '" + name + "'");
            }
            if (!nif.isUp()) {
                throw new IllegalArgumentException("network interface '" + name + "' is down");
            }
            if (!nif.supportsMulticast()) {
                throw new IllegalArgumentException("network interface '" + name + "' has multicast off"
                        + " (try: ip link set " + name + " multicast on)");
            }
            return nif;
        } catch (SocketException e) {
            throw new IllegalArgumentException("cannot inspect network interface '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return group.getHostAddress() + ":" + port + " on " + networkInterface.getName() + " ttl " + ttl;
    }
}
