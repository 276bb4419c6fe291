package org.dgsm.hlr.mslookup;

import org.dgsm.mslookup.wire.ServiceAddress;

/**
 * Where one service is reached for subscribers attached here: an IPv4 and/or an IPv6 address, each with its own
 * port — one {@code service NAME at IP PORT} line per family in osmo-hlr's config. An answer always carries both
 * slots of the one entry it is taken from.
 *
 * @param v4 an IPv4 address, or null
 * @param v6 an IPv6 address, or null
 * @throws IllegalArgumentException if both are null or an address sits in the wrong slot
 */
public record ServiceAddresses(ServiceAddress v4, ServiceAddress v6) {

    public ServiceAddresses {
        if (v4 == null && v6 == null) {
            throw new IllegalArgumentException("a service needs an IPv4 or an IPv6 address");
        }
        if (v4 != null && !v4.isIpv4()) {
            throw new IllegalArgumentException("not an IPv4 address: " + v4);
        }
        if (v6 != null && v6.isIpv4()) {
            throw new IllegalArgumentException("not an IPv6 address: " + v6);
        }
    }

    /** One address, put into the slot of its family. */
    public static ServiceAddresses of(ServiceAddress address) {
        return address.isIpv4() ? new ServiceAddresses(address, null) : new ServiceAddresses(null, address);
    }

    /** This entry with {@code address} in the slot of its family (the other slot kept). */
    public ServiceAddresses with(ServiceAddress address) {
        return address.isIpv4() ? new ServiceAddresses(address, v6) : new ServiceAddresses(v4, address);
    }
}
