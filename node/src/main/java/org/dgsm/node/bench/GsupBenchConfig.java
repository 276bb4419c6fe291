package org.dgsm.node.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dgsm.hlr.gsup.GsupMessage;

/**
 * One run of {@code dgsm bench gsup}.
 *
 * @param target        the GSUP server (our node or osmo-hlr)
 * @param op            SAI or LU
 * @param imsis         used in turn, transaction k takes {@code imsis[k % size]}
 * @param count         transactions in total, 1 to 1,000,000
 * @param concurrency   connections, each an MSC of its own with one transaction at a time, 1 to 1,000
 * @param timeoutMillis how long one transaction may take before it counts as an error
 * @param cnDomain      {@link GsupMessage#CN_DOMAIN_CS} or {@link GsupMessage#CN_DOMAIN_PS}, sent in every request
 * @param namePrefix    IPA names are this plus 1..concurrency, e.g. {@code bench-msc-1}
 */
public record GsupBenchConfig(InetSocketAddress target, GsupBenchOp op, List<String> imsis, int count,
                              int concurrency, long timeoutMillis, int cnDomain, String namePrefix) {

    public static final int DEFAULT_PORT = 4222;
    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
    public static final String DEFAULT_NAME_PREFIX = "bench-msc-";
    public static final int MAX_COUNT = 1_000_000;
    public static final int MAX_CONCURRENCY = 1_000;

    public GsupBenchConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(op, "op");
        imsis = List.copyOf(imsis);
        if (imsis.isEmpty()) {
            throw new IllegalArgumentException("at least one IMSI is needed");
        }
        for (String imsi : imsis) {
            if (!imsi.matches("[0-9]{6,15}")) {
                throw new IllegalArgumentException("IMSI must be 6 to 15 digits, got '" + imsi + "'");
            }
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1.." + MAX_COUNT + ", got " + count);
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be 1.." + MAX_CONCURRENCY + ", got " + concurrency);
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 ms, got " + timeoutMillis);
        }
        if (cnDomain != GsupMessage.CN_DOMAIN_CS && cnDomain != GsupMessage.CN_DOMAIN_PS) {
            throw new IllegalArgumentException("CN domain must be CS (2) or PS (1), got " + cnDomain);
        }
        if (namePrefix == null || namePrefix.isEmpty() || !namePrefix.matches("[\\x21-\\x7e]+")) {
            throw new IllegalArgumentException("name prefix must be printable ASCII without spaces, got '"
                    + namePrefix + "'");
        }
    }

    public static GsupBenchConfig of(InetSocketAddress target, GsupBenchOp op, List<String> imsis, int count,
                                     int concurrency) {
        return new GsupBenchConfig(target, op, imsis, count, concurrency, DEFAULT_TIMEOUT_MILLIS,
                GsupMessage.CN_DOMAIN_CS, DEFAULT_NAME_PREFIX);
    }

    /** {@code 127.0.0.1:4222}, {@code 127.0.0.1} (port 4222) or {@code [::1]:4222}; IP literals only. */
    public static InetSocketAddress parseTarget(String text) {
        String host = text;
        int port = DEFAULT_PORT;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || (close + 1 < text.length() && text.charAt(close + 1) != ':')) {
                throw new IllegalArgumentException("expected [IPv6]:PORT, got '" + text + "'");
            }
            host = text.substring(1, close);
            if (close + 1 < text.length()) {
                port = port(text.substring(close + 2), text);
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = port(text.substring(text.indexOf(':') + 1), text);
        }
        if (host.isEmpty() || !host.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address in '" + text + "'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address in '" + text + "'");
        }
    }

    /** {@code cs} or {@code ps}, any case. */
    public static int parseCnDomain(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "cs" -> GsupMessage.CN_DOMAIN_CS;
            case "ps" -> GsupMessage.CN_DOMAIN_PS;
            default -> throw new IllegalArgumentException("CN domain must be cs or ps, got '" + text + "'");
        };
    }

    private static int port(String digits, String whole) {
        try {
            int port = Integer.parseInt(digits);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("port must be 1..65535 in '" + whole + "'");
    }
}
