package org.dgsm.mslookup.wire;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Prints IP addresses exactly as glibc's {@code inet_ntop} does, which is what osmo shows in its output.
 *
 * <p>IPv6 follows RFC 5952: lower-case hex without leading zeros, the longest run of two or more zero groups
 * (the first one on a tie) replaced by {@code ::}. Like glibc, an address whose first six groups are zero with a
 * non-zero seventh group, or an IPv4-mapped address ({@code ::ffff:a.b.c.d}), ends in dotted-quad form.
 * {@link InetAddress#getHostAddress()} does none of this ({@code fd00:0:0:0:0:0:0:2}).
 */
public final class IpAddressText {

    private IpAddressText() {
    }

    public static String format(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? formatIpv4(bytes, 0) : formatIpv6(bytes);
    }

    private static String formatIpv4(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) + "." + (bytes[offset + 1] & 0xff) + "." + (bytes[offset + 2] & 0xff) + "."
                + (bytes[offset + 3] & 0xff);
    }

    private static String formatIpv6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2) {
            bestStart = -1;
        }
        boolean embedsIpv4 = bestStart == 0 && (bestLength == 6 || (bestLength == 5 && groups[5] == 0xffff));
        StringBuilder text = new StringBuilder(45);
        for (int i = 0; i < 8; i++) {
            if (bestStart >= 0 && i >= bestStart && i < bestStart + bestLength) {
                if (i == bestStart) {
                    text.append(':'); // the run's first colon; the group after it adds the second
                }
                continue;
            }
            if (i > 0) {
                text.append(':');
            }
            if (i == 6 && embedsIpv4) {
                text.append(formatIpv4(bytes, 12));
                break;
            }
            text.append(Integer.toHexString(groups[i]));
        }
        if (bestStart >= 0 && bestStart + bestLength == 8) {
            text.append(':');
        }
        return text.toString();
    }
}
