package org.dgsm.node;

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
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.cli.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone from village A attaches in village B: two whole nodes, B's HLR proxies to A found by mslookup. */
class RoamingBetweenVillagesTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private VillageNode village(String name, String ip) throws Exception {
        VillageNode node = VillageNode.start(NodeSettings.builder().siteName(name).discoveryEnabled(false)
                .database(dir.resolve(name + ".db")).gsupBind(new InetSocketAddress(ip, 4222))
                .httpBind(new InetSocketAddress(ip, 8042))
                .services(Map.of("sip.voice", new ServiceAddress(InetAddress.getByName(ip), 5060))).build());
        open.add(node);
        return node;
    }

    @Test
    void aVisitorAuthenticatesAndAttachesThroughItsHomeAndIsFoundAtTheVisitedVillage() throws Exception {
        try (SubscriberStore home = SubscriberStore.open(dir.resolve("alpha.db"))) {
            home.createWithAuth("901700000014701", "1001", AuthData2g.of(AuthAlgorithm.COMP128V1,
                    "eb215756028d60e3275e613320aec880"), null);
        }
        village("alpha", "127.0.0.31");
        VillageNode beta = village("beta", "127.0.0.32");

        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        open.add(() -> group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly());
        BlockingQueue<GsupMessage> received = new LinkedBlockingQueue<>();
        GsupClient msc = GsupClient.connect(group, new InetSocketAddress("127.0.0.32", 4222),
                GsupClientSettings.of(IpaIdentity.of("msc-beta-1", "MSC", "test")), new GsupClientListener() {
                    @Override
                    public void onMessage(GsupMessage message) {
                        received.add(message);
                    }
                });
        open.add(msc);
        assertThat(msc.awaitReady(Duration.ofSeconds(10))).isTrue();

        msc.send(GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, "901700000014701").cnDomain(2).build());
        GsupMessage sai = received.poll(15, TimeUnit.SECONDS);
        assertThat(sai).isNotNull();
        assertThat(sai.type()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT);
        assertThat(sai.authTuples()).isNotEmpty();

        msc.send(GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, "901700000014701").cnDomain(2).build());
        GsupMessage isd = received.poll(15, TimeUnit.SECONDS);
        assertThat(isd.type()).isEqualTo(GsupMessageType.INSERT_DATA_REQUEST);
        msc.send(GsupReplies.result(isd).build());
        GsupMessage lu = received.poll(15, TimeUnit.SECONDS);
        assertThat(lu.type()).isEqualTo(GsupMessageType.UPDATE_LOCATION_RESULT);

        CliRun lookup = CliRun.of("mslookup", "-H", "-t", "1500", "-T", "1500", "sip.voice.1001.msisdn");
        assertThat(lookup.stdout()).as("the visited village answers for its visitor")
                .matches("sip\\.voice\\.1001\\.msisdn\tresult\tlast\t[0-2]\t127\\.0\\.0\\.32\t5060\t\t\n");
        CliRun roaming = CliRun.of("roaming", "list", "--db", dir.resolve("beta.db").toString(), "-f", "json");
        assertThat(roaming.stdout()).contains("901700000014701", "1001", "msc-beta-1");
        assertThat(beta.gsup().connectedPeers()).extracting(p -> p.displayName()).contains("msc-beta-1");
    }
}
