package org.dgsm.node.interop;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientListener;
import org.dgsm.hlr.netty.GsupClientSettings;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import org.dgsm.node.cli.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A location update through our HLR (an MSC played by a GSUP client, as osmo-msc cannot run without SCTP here)
 * makes the village answer sip.voice for the subscriber; osmo-mslookup-client finds it there, and the age grows
 * with the time since the LU.
 */
class AttachedSubscriberInteropTest {

    @TempDir
    Path dir;

    private VillageNode node;
    private EventLoopGroup group;
    private GsupClient msc;
    private final BlockingQueue<GsupMessage> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        Path db = dir.resolve("hlr.db");
        try (SubscriberStore store = SubscriberStore.open(db)) {
            store.create("901700000014701", "1001");
        }
        node = VillageNode.start(NodeSettings.builder().siteName("north").discoveryEnabled(false).database(db)
                .gsupBind(new InetSocketAddress("127.0.0.6", 4222)).httpBind(new InetSocketAddress("127.0.0.6", 8042))
                .services(Map.of("sip.voice", new ServiceAddress(InetAddress.getByName("127.0.0.6"), 5060))).build());
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        msc = GsupClient.connect(group, new InetSocketAddress("127.0.0.6", 4222),
                GsupClientSettings.of(IpaIdentity.of("msc-north-1", "MSC", "test")), new GsupClientListener() {
                    @Override
                    public void onMessage(GsupMessage message) {
                        received.add(message);
                    }
                });
        assertThat(msc.awaitReady(Duration.ofSeconds(10))).isTrue();
    }

    @AfterEach
    void stop() {
        msc.close();
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
        node.close();
    }

    private GsupMessage next() throws InterruptedException {
        GsupMessage m = received.poll(10, TimeUnit.SECONDS);
        assertThat(m).as("a GSUP message from the HLR").isNotNull();
        return m;
    }

    @Test
    void locationUpdateMakesTheVillageAnswerSipVoiceWithAGrowingAge() throws Exception {
        assertThat(CliRun.of("mslookup", "-H", "-t", "300", "-T", "300", "sip.voice.1001.msisdn").stdout())
                .as("not attached yet").contains("not-found");

        msc.send(GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, "901700000014701").cnDomain(2).build());
        GsupMessage isd = next();
        assertThat(isd.type()).isEqualTo(GsupMessageType.INSERT_DATA_REQUEST);
        msc.send(GsupReplies.result(isd).build());
        assertThat(next().type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);
        assertThat(node.gsup().connectedPeers()).extracting(p -> p.displayName()).containsExactly("msc-north-1");

        String first = OsmoMslookupClient.run(dir, "osmo-1", "-H", "sip.voice.1001.msisdn").stdout();
        assertThat(first).matches("sip\\.voice\\.1001\\.msisdn\tresult\tlast\t[01]\t127\\.0\\.0\\.6\t5060\t\t\n");
        Thread.sleep(2100);
        String later = OsmoMslookupClient.run(dir, "osmo-2", "-H", "sip.voice.1001.msisdn").stdout();
        int age = Integer.parseInt(later.split("\t")[3]);
        assertThat(age).as("age grows with the time since the LU").isBetween(2, 10);
    }
}
