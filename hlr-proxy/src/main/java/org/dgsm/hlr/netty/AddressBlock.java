package org.dgsm.hlr.netty;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An IP address block in CIDR notation ({@code 10.23.0.0/16}, {@code fd00::/8}); a bare address is a block of one.
 * IPv4 blocks also match IPv4-mapped IPv6 sources ({@code ::ffff:10.23.1.2}), as a dual-stack socket reports them.
 *
 * @param network      the first address of the block (host bits are cleared by {@link #parse})
 * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
 */
public record AddressBlock(InetAddress network, int prefixLength) {

    public AddressBlock {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length must be 0.." + bits + " for " + network.getHostAddress()
                    + ", got " + prefixLength);
        }
    }

    /**
     * Parses {@code address} or {@code address/prefix}; only numeric addresses (never a DNS lookup).
     *
     * @throws IllegalArgumentException naming the text when it is not such a block
     */
    public static AddressBlock parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] parsed = NetUtil.createByteArrayFromIpAddressString(host); // numeric only: never a DNS lookup
        if (parsed == null || host.indexOf('%') >= 0) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + text + "'");
        }
        InetAddress address;
        try {
            address = InetAddress.getByAddress(parsed);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address or CIDR block: '" + text + "'", e);
        }
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = trimmed.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("bad prefix length in '" + text + "'");
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                throw new IllegalArgumentException("prefix length " + prefix + " exceeds " + bits + " in '" + text
                        + "'");
            }
        }
        byte[] network = address.getAddress();
        clearHostBits(network, prefix);
        try {
            return new AddressBlock(InetAddress.getByAddress(network), prefix);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // cannot happen for 4 or 16 bytes
        }
    }

    public boolean contains(InetAddress address) {
        if (address == null) {
            return false;
        }
        byte[] candidate = unmapIpv4(address.getAddress());
        byte[] net = network.getAddress();
        if (candidate.length != net.length) {
            return false;
        }
        clearHostBits(candidate, prefixLength);
        clearHostBits(net, prefixLength);
        return java.util.Arrays.equals(candidate, net);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static byte[] unmapIpv4(byte[] address) {
        if (address.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return address;
            }
        }
        if (address[10] != (byte) 0xff || address[11] != (byte) 0xff) {
            return address;
        }
        return java.util.Arrays.copyOfRange(address, 12, 16);
    }

    private static void clearHostBits(byte[] address, int prefix) {
        for (int i = 0; i < address.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            address[i] &= (byte) (0xff << (8 - keep));
        }
    }
}
