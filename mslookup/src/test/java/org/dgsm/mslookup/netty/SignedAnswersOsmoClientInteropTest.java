package org.dgsm.mslookup.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.signing.AnswerSigner;
import org.dgsm.mslookup.signing.MeshKey;
import org.dgsm.mslookup.signing.MeshKeyRing;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's osmo-mslookup-client 1.5 (/usr/bin) against companion packets: it ignores them, so a signing village is
 * still found by osmo clients. (Plain ProcessBuilder: this module does not depend on the testkit.)
 */
class SignedAnswersOsmoClientInteropTest {

    private static final String OSMO_CLIENT = "/usr/bin/osmo-mslookup-client";
    private static final String SUFFIX = DomainSuffix.DEFAULT;
    private static final MslookupQuery QUERY = new MslookupQuery("gsup.hlr", MslookupId.imsi("901700000014701"));
    private static final MeshKey KEY =
            MeshKey.fromHex("assembly-2026-03", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static final String FOUND = "gsup.hlr.901700000014701.imsi\tresult\tlast\t0\t127.0.0.3\t4222\t\t";
    /** osmo 1.5 prints five empty columns after the age of a not-found line. */
    private static final String NOT_FOUND = "gsup.hlr.901700000014701.imsi\tnot-found\tlast\t0\t\t\t\t\t";
    private static EventLoopGroup group;

    @TempDir
    Path dir;

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static MslookupResult home() {
        try {
            return new MslookupResult(0, new ServiceAddress(InetAddress.getByName("127.0.0.3"), 4222), null);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void osmoClientFindsASigningResponder() throws Exception {
        MslookupResponder plain = new MslookupResponder(SUFFIX,
                q -> q.equals(QUERY) ? Optional.of(home()) : Optional.empty());
        try (MulticastMslookupResponder responder = MulticastMslookupResponder.open(group, MulticastConfig.defaults(),
                plain, SUFFIX, SigningSettings.of(MeshKeyRing.of(KEY)))) {
            assertThat(runOsmoClient("1000")).isEqualTo(FOUND + "\n");
            assertThat(plain.answered()).isEqualTo(1);
            assertThat(responder.signingResponder().unsignedAnswers()).isZero();
        }
    }

    @Test
    void osmoClientTakesTheAnswerThatFollowsACompanion() throws Exception {
        try (MulticastEndpoint ignored = rawResponder(answer -> List.of(companionOf(answer), answer))) {
            assertThat(runOsmoClient("1000")).isEqualTo(FOUND + "\n");
        }
    }

    @Test
    void osmoClientDoesNotTakeACompanionForAnAnswer() throws Exception {
        try (MulticastEndpoint ignored = rawResponder(answer -> List.of(companionOf(answer)))) {
            assertThat(runOsmoClient("500")).isEqualTo(NOT_FOUND + "\n");
        }
    }

    private static byte[] companionOf(byte[] answer) {
        return new AnswerSigner(KEY, SUFFIX).sign(answer, System.currentTimeMillis());
    }

    /** Answers every query for QUERY with the packets {@code send} makes of the (unsent) answer. */
    private static MulticastEndpoint rawResponder(Function<byte[], List<byte[]>> send) throws Exception {
        MslookupResponder plain = new MslookupResponder(SUFFIX,
                q -> q.equals(QUERY) ? Optional.of(home()) : Optional.empty());
        java.util.concurrent.atomic.AtomicReference<MulticastEndpoint> self =
                new java.util.concurrent.atomic.AtomicReference<>();
        self.set(MulticastEndpoint.open(group, MulticastConfig.defaults(), datagram -> {
            MulticastEndpoint endpoint = self.get();
            if (endpoint != null) {
                plain.onPacket(datagram).ifPresent(answer -> send.apply(answer).forEach(endpoint::send));
            }
        }));
        return self.get();
    }

    private String runOsmoClient(String timeoutMs) throws Exception {
        Path out = dir.resolve("osmo-client.out");
        Process process = new ProcessBuilder(OSMO_CLIENT, "-q", "-H", "-t", timeoutMs, "-T", timeoutMs,
                QUERY.toString()).redirectOutput(out.toFile()).redirectErrorStream(false)
                .redirectError(dir.resolve("osmo-client.err").toFile()).start();
        try {
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("osmo-mslookup-client ends").isTrue();
            assertThat(process.exitValue()).isZero();
        } finally {
            process.destroyForcibly();
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
