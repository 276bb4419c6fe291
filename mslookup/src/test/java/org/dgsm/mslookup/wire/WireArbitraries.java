package org.dgsm.mslookup.wire;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Generators of valid model values. */
public final class WireArbitraries {

    private WireArbitraries() {
    }

    /** Services that can be sent: 1..64 printable ASCII characters, dots only between non-empty labels. */
    public static Arbitrary<String> sendableServices() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("....").ofMinLength(1).ofMaxLength(64)
                .map(WireArbitraries::withoutEmptyLabels);
    }

    private static String withoutEmptyLabels(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            boolean emptyLabel = i == 0 || i == chars.length - 1 || chars[i - 1] == '.';
            if (chars[i] == '.' && emptyLabel) {
                chars[i] = '_';
            }
        }
        return new String(chars);
    }

    public static Arbitrary<MslookupId> ids() {
        Arbitrary<MslookupId> imsi = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(15)
                .map(MslookupId::imsi);
        Arbitrary<MslookupId> msisdn = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(15)
                .map(MslookupId::msisdn);
        return Arbitraries.oneOf(imsi, msisdn);
    }

    public static Arbitrary<MslookupQuery> sendableQueries() {
        return Combinators.combine(sendableServices(), ids()).as(MslookupQuery::new);
    }

    public static Arbitrary<ServiceAddress> v4Addresses() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofSize(4), ports())
                .as((bytes, port) -> new ServiceAddress(ipv4(bytes), port));
    }

    public static Arbitrary<ServiceAddress> v6Addresses() {
        return Combinators.combine(Arbitraries.bytes().array(byte[].class).ofSize(16), ports())
                .as((bytes, port) -> new ServiceAddress(ipv6(bytes), port));
    }

    public static Arbitrary<MslookupResult> results() {
        Arbitrary<Long> ages = Arbitraries.longs().between(0, MslookupResult.MAX_AGE_SECONDS);
        return Combinators.combine(ages, v4Addresses().injectNull(0.3), v6Addresses().injectNull(0.3))
                .filter((age, v4, v6) -> v4 != null || v6 != null)
                .as(MslookupResult::new);
    }

    public static Arbitrary<Integer> packetIds() {
        return Arbitraries.integers().between(0, 0xffff);
    }

    private static Arbitrary<Integer> ports() {
        return Arbitraries.integers().between(1, 65535);
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress ipv6(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
