package org.dgsm.mslookup.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.signing.MeshKey;
import org.dgsm.mslookup.signing.MeshKeyRing;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.mslookup.signing.Verdict;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing responder and verifying client over real multicast on lo. */
class SignedMulticastLookupTest {

    private static final String SUFFIX = DomainSuffix.DEFAULT;
    private static final MslookupQuery QUERY = new MslookupQuery("gsup.hlr", MslookupId.imsi("901700000014701"));
    private static final SigningSettings SIGNING = SigningSettings.of(MeshKeyRing.of(
            MeshKey.fromHex("assembly-2026-03", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")));
    private static EventLoopGroup group;

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static MslookupResponder answering(String ip) throws Exception {
        MslookupResult result = new MslookupResult(0, new ServiceAddress(InetAddress.getByName(ip), 4222), null);
        return new MslookupResponder(SUFFIX, q -> q.equals(QUERY) ? Optional.of(result) : Optional.empty());
    }

    private static MslookupReport lookup(SigningSettings signing) throws Exception {
        try (MulticastMslookupClient client = MulticastMslookupClient.open(group, MulticastConfig.defaults(), SUFFIX,
                signing)) {
            return client.lookup(QUERY, 0, 600).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void signingClientFindsASigningResponder() throws Exception {
        try (MulticastMslookupResponder responder = MulticastMslookupResponder.open(group, MulticastConfig.defaults(),
                answering("127.0.0.3"), SUFFIX, SIGNING)) {
            MslookupReport report = lookup(SIGNING);
            assertThat(report.code()).isEqualTo(ResultCode.RESULT);
            assertThat(report.v4()).hasToString("127.0.0.3:4222");
            assertThat(responder.responder().answered()).isEqualTo(1);
        }
    }

    @Test
    void unsignedClientStillFindsASigningResponder() throws Exception {
        try (MulticastMslookupResponder ignored = MulticastMslookupResponder.open(group, MulticastConfig.defaults(),
                answering("127.0.0.3"), SUFFIX, SIGNING)) {
            assertThat(lookup(null).code()).isEqualTo(ResultCode.RESULT);
        }
    }

    @Test
    void signingClientIgnoresAnUnsignedResponderThatAnUnsignedClientBelieves() throws Exception {
        try (MulticastMslookupResponder ignored = MulticastMslookupResponder.open(group, MulticastConfig.defaults(),
                answering("127.0.0.66"))) {
            assertThat(lookup(null).v4()).hasToString("127.0.0.66:4222");
            try (MulticastMslookupClient client = MulticastMslookupClient.open(group, MulticastConfig.defaults(),
                    SUFFIX, SIGNING)) {
                MslookupReport report = client.lookup(QUERY, 0, 600).get(5, TimeUnit.SECONDS);
                assertThat(report.code()).isEqualTo(ResultCode.NOT_FOUND);
                long dropped = client.signedAnswerGate().count(Verdict.Outcome.NO_COMPANION);
                assertThat(dropped).isEqualTo(1);
            }
        }
    }

    @Test
    void signingClientAcceptsALegacyVillageUnsigned() throws Exception {
        try (MulticastMslookupResponder ignored = MulticastMslookupResponder.open(group, MulticastConfig.defaults(),
                answering("127.0.0.9"))) {
            MslookupReport report = lookup(SIGNING.withLegacyAddresses(Set.of(InetAddress.getByName("127.0.0.9"))));
            assertThat(report.code()).isEqualTo(ResultCode.RESULT);
            assertThat(report.v4()).hasToString("127.0.0.9:4222");
        }
    }
}
