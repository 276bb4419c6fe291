package org.dgsm.mslookup.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;

/**
 * A positive mslookup answer: how old the information is (seconds since the subscriber's last location update, 0 to
 * 2<sup>32</sup>-1) and the service's IPv4 and/or IPv6 address. At least one address is present.
 *
 * @throws IllegalArgumentException from the constructor for an age out of range, no address at all, or an address of
 *                                  the wrong family in a slot
 */
public record MslookupResult(long ageSeconds, ServiceAddress v4, ServiceAddress v6) {

    public static final long MAX_AGE_SECONDS = 0xFFFF_FFFFL;

    public MslookupResult {
        if (ageSeconds < 0 || ageSeconds > MAX_AGE_SECONDS) {
            throw new IllegalArgumentException("age must be 0.." + MAX_AGE_SECONDS + " seconds, got " + ageSeconds);
        }
        if (v4 == null && v6 == null) {
            throw new IllegalArgumentException("a result needs an IPv4 or an IPv6 address");
        }
        if (v4 != null && !(v4.ip() instanceof Inet4Address)) {
            throw new IllegalArgumentException("v4 must hold an IPv4 address: " + v4);
        }
        if (v6 != null && !(v6.ip() instanceof Inet6Address)) {
            throw new IllegalArgumentException("v6 must hold an IPv6 address: " + v6);
        }
    }
}
