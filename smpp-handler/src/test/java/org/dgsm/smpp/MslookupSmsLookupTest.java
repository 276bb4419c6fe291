package org.dgsm.smpp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler's lookup on the wire, against the spec vectors q04/a04 (copied to
 * {@code src/test/resources/vectors/mdns_smpp_sms.txt}): it sends exactly the osmo query for
 * {@code smpp.sms.1001.msisdn} and reads osmo's answer as the SMPP address 10.2.2.2:2775.
 */
class MslookupSmsLookupTest {

    private static final int PORT = 42668;

    private EventLoopGroup group;
    private MulticastMslookupClient client;
    private MulticastSocket village;
    private Map<String, byte[]> vectors;

    @BeforeEach
    void open() throws IOException {
        vectors = loadVectors();
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        MulticastConfig config = MulticastConfig.defaults()
                .withGroup(InetAddress.getByName(MulticastConfig.DEFAULT_GROUP), PORT);
        client = MulticastMslookupClient.open(group, config, DomainSuffix.DEFAULT);
        village = new MulticastSocket(PORT);
        NetworkInterface lo = NetworkInterface.getByName("lo");
        village.setNetworkInterface(lo);
        village.joinGroup(new InetSocketAddress(config.group(), PORT), lo);
        village.setSoTimeout(5000);
    }

    @AfterEach
    void close() {
        if (village != null) {
            village.close();
        }
        if (client != null) {
            client.close();
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static Map<String, byte[]> loadVectors() throws IOException {
        Map<String, byte[]> v = new HashMap<>();
        try (InputStream in = MslookupSmsLookupTest.class.getResourceAsStream("/vectors/mdns_smpp_sms.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                v.put(fields[0].trim().split(" ")[0], HexFormat.of().parseHex(fields[1].trim()));
            }
        }
        return v;
    }

    @Test
    void asksLikeOsmoAndReadsOsmosAnswer() throws Exception {
        MslookupSmsLookup lookup = new MslookupSmsLookup(client, Duration.ofSeconds(3));
        CompletableFuture<Optional<ServiceAddress>> result = lookup.lookup("1001");

        byte[] query = receiveQuery();
        byte[] expected = vectors.get("q04");
        // the packet id is random; everything after it is the vector
        assertThat(Arrays.copyOfRange(query, 2, query.length))
                .isEqualTo(Arrays.copyOfRange(expected, 2, expected.length));

        byte[] answer = vectors.get("a04").clone();
        answer[0] = query[0];
        answer[1] = query[1];
        village.send(new DatagramPacket(answer, answer.length, InetAddress.getByName(MulticastConfig.DEFAULT_GROUP),
                PORT));

        assertThat(result.get(5, TimeUnit.SECONDS))
                .contains(new ServiceAddress(InetAddress.getByName("10.2.2.2"), 2775));
    }

    @Test
    void noAnswerMeansEmpty() throws Exception {
        MslookupSmsLookup lookup = new MslookupSmsLookup(client, Duration.ofMillis(300));
        assertThat(lookup.lookup("1001").get(5, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void anMsisdnMslookupCannotCarryIsNotLookedUp() throws Exception {
        MslookupSmsLookup lookup = new MslookupSmsLookup(client, Duration.ofSeconds(3));
        assertThat(lookup.lookup("1234567890123456").get(1, TimeUnit.SECONDS)).isEmpty();
    }

    /** The next query on the group (our own answers are looped back too; skip responses). */
    private byte[] receiveQuery() throws IOException {
        while (true) {
            byte[] buffer = new byte[1500];
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            village.receive(packet);
            byte[] data = Arrays.copyOf(packet.getData(), packet.getLength());
            if ((data[2] & 0x80) == 0) {
                return data;
            }
        }
    }
}
