package org.dgsm.node.cli;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.wire.IpAddressText;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastEndpoint;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MalformedQueryException;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** `dgsm mslookup --send QUERY AGE [IP PORT [IP PORT]]`: multicasts one unsolicited answer, packet id 0. */
final class MslookupSender {

    /** osmo-mslookup-client's port when an address is given without one. */
    private static final int DEFAULT_SEND_PORT = 2342;

    private final MulticastConfig config;
    private final String domainSuffix;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    MslookupSender(MulticastConfig config, String domainSuffix, PrintWriter out, PrintWriter err, boolean quiet) {
        this.config = config;
        this.domainSuffix = domainSuffix;
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    int send(List<String> args) throws Exception {
        MslookupAnswer answer;
        try {
            answer = parse(args);
        } catch (IllegalArgumentException e) {
            if (!quiet) {
                err.print("ERROR: --send " + e.getMessage() + "\n");
                err.flush();
            }
            return 1;
        }
        out.print("Sending mDNS to " + config.group().getHostAddress() + ":" + config.port() + ": "
                + answer.query() + describe(answer.result()) + " (age=" + answer.result().ageSeconds()
                + ") (not-last)\n");
        out.flush();
        byte[] packet = MslookupAnswerEncoder.encode(answer, domainSuffix);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (MulticastEndpoint endpoint = MulticastEndpoint.open(group, config, datagram -> { })) {
            endpoint.send(packet);
        } finally {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
        }
        return 0;
    }

    static MslookupAnswer parse(List<String> args) {
        if (args.size() < 3 || args.size() > 6) {
            throw new IllegalArgumentException("takes QUERY AGE IP [PORT [IP [PORT]]]");
        }
        MslookupQuery query;
        try {
            query = MslookupQuery.parse(args.get(0));
        } catch (MalformedQueryException e) {
            throw new IllegalArgumentException("cannot parse query string: '" + args.get(0) + "'");
        }
        long age;
        try {
            age = Long.parseLong(args.get(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("age is not a number: '" + args.get(1) + "'");
        }
        ServiceAddress v4 = null;
        ServiceAddress v6 = null;
        for (int i = 2; i < args.size(); i += 2) {
            ServiceAddress address = address(args.get(i), i + 1 < args.size() ? args.get(i + 1) : null);
            if (address.ip() instanceof Inet4Address && v4 == null) {
                v4 = address;
            } else if (address.ip() instanceof Inet6Address && v6 == null) {
                v6 = address;
            } else {
                throw new IllegalArgumentException("takes at most one IPv4 and one IPv6 address");
            }
        }
        return new MslookupAnswer(0, query, new MslookupResult(age, v4, v6));
    }

    private static ServiceAddress address(String ip, String port) {
        if (!ip.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address: '" + ip + "'");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + ip + "'");
        }
        int p;
        try {
            p = port == null ? DEFAULT_SEND_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port is not a number: '" + port + "'");
        }
        return new ServiceAddress(address, p);
    }

    private static String describe(MslookupResult result) {
        StringBuilder s = new StringBuilder();
        if (result.v4() != null) {
            s.append(" -> ipv4: ").append(IpAddressText.format(result.v4().ip())).append(':').append(result.v4().port());
        }
        if (result.v6() != null) {
            s.append(" -> ipv6: [").append(IpAddressText.format(result.v6().ip())).append("]:")
                    .append(result.v6().port());
        }
        return s.toString();
    }
}
