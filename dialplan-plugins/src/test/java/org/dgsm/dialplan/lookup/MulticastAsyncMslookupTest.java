package org.dgsm.dialplan.lookup;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter on real multicast sockets (the test JVM runs in a private namespace, multicast on lo). */
class MulticastAsyncMslookupTest {

    private static final MslookupQuery VOICE_1001 = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
    private static final MslookupQuery VOICE_1002 = new MslookupQuery("sip.voice", MslookupId.msisdn("1002"));
    private static final MslookupQuery VOICE_1003 = new MslookupQuery("sip.voice", MslookupId.msisdn("1003"));
    private static final ServiceAddress B = SubscriberLocatorTest.address("127.0.0.20", 5060);

    private EventLoopGroup group;
    private MulticastMslookupResponder responder;
    private MulticastMslookupClient client;

    @BeforeEach
    void openSockets() throws Exception {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        MulticastConfig config = MulticastConfig.defaults().withGroup(InetAddress.getByName("239.192.23.42"), 4271);
        Map<MslookupQuery, MslookupResult> villageB = Map.of(
                VOICE_1001, new MslookupResult(0, B, null),
                VOICE_1002, new MslookupResult(4, B, null));
        responder = MulticastMslookupResponder.open(group, config,
                new MslookupResponder(DomainSuffix.DEFAULT, q -> Optional.ofNullable(villageB.get(q))));
        client = MulticastMslookupClient.open(group, config, DomainSuffix.DEFAULT);
    }

    @AfterEach
    void closeSockets() {
        client.close();
        responder.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void answerOfAgeZeroIsTheResult() throws Exception {
        MulticastAsyncMslookup mslookup = new MulticastAsyncMslookup(client, 1000, 1000);

        Optional<MslookupResult> result = mslookup.lookup(VOICE_1001).get(10, TimeUnit.SECONDS);

        assertThat(result).contains(new MslookupResult(0, B, null));
    }

    @Test
    void agedAnswerReportedAtMinDelaySurvivesTheFinalNoneReport() throws Exception {
        MulticastAsyncMslookup mslookup = new MulticastAsyncMslookup(client, 100, 300);

        Optional<MslookupResult> result = mslookup.lookup(VOICE_1002).get(10, TimeUnit.SECONDS);

        assertThat(result).contains(new MslookupResult(4, B, null));
    }

    @Test
    void unansweredLookupIsEmpty() throws Exception {
        MulticastAsyncMslookup mslookup = new MulticastAsyncMslookup(client, 100, 100);

        assertThat(mslookup.lookup(VOICE_1003).get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
