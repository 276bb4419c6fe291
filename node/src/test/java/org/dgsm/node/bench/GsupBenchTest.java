package org.dgsm.node.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.netty.GsupServer;
import org.dgsm.hlr.netty.GsupServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bench against our own GSUP server with a minimal HLR behind it. */
class GsupBenchTest {

    private static final String A = "901700000024701";
    private static final String B = "901700000024702";
    private static final String UNKNOWN = "901700000099999";
    private static final String SILENT = "901700000088888";

    private static EventLoopGroup group;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static JsonNode bench(FakeHlr hlr, GsupBenchOp op, List<String> imsis, int count, int concurrency,
                                  long timeoutMillis) throws Exception {
        try (GsupServer server = GsupServer.start(group, new InetSocketAddress("127.0.0.1", 0), hlr,
                GsupServerSettings.defaults())) {
            GsupBenchConfig config = new GsupBenchConfig(server.localAddress(), op, imsis, count, concurrency,
                    timeoutMillis, GsupMessage.CN_DOMAIN_CS, GsupBenchConfig.DEFAULT_NAME_PREFIX);
            String line = new GsupBench(config).run();
            assertThat(line).doesNotContain("\n");
            return JSON.readTree(line);
        }
    }

    @Test
    void runsSaiTransactionsOverSeveralNamedConnections() throws Exception {
        FakeHlr hlr = new FakeHlr(Set.of(A, B), Set.of());
        JsonNode result = bench(hlr, GsupBenchOp.SAI, List.of(A, B), 60, 3, 5_000);
        assertThat(result.get("bench").asText()).isEqualTo("gsup");
        assertThat(result.get("op").asText()).isEqualTo("sai");
        assertThat(result.get("concurrency").asInt()).isEqualTo(3);
        assertThat(result.get("count").asInt()).isEqualTo(60);
        assertThat(result.get("completed").asInt()).isEqualTo(60);
        assertThat(result.get("errors").asInt()).isZero();
        assertThat(result.get("per_second").asDouble()).isPositive();
        assertThat(result.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(result.get("p50_ms").asDouble())
                .isPositive();
        assertThat(hlr.peers).containsExactlyInAnyOrder("bench-msc-1\0", "bench-msc-2\0", "bench-msc-3\0");
    }

    @Test
    void answersTheInsertSubscriberDataOfEveryUpdateLocation() throws Exception {
        FakeHlr hlr = new FakeHlr(Set.of(A, B), Set.of());
        JsonNode result = bench(hlr, GsupBenchOp.LU, List.of(A, B), 40, 2, 5_000);
        assertThat(result.get("completed").asInt()).isEqualTo(40);
        assertThat(result.get("errors").asInt()).isZero();
        assertThat(hlr.isdResults.get()).isEqualTo(40);
    }

    @Test
    void countsErrorAnswersAsErrors() throws Exception {
        FakeHlr hlr = new FakeHlr(Set.of(A), Set.of());
        JsonNode result = bench(hlr, GsupBenchOp.SAI, List.of(A, UNKNOWN), 10, 2, 5_000);
        assertThat(result.get("completed").asInt()).isEqualTo(5);
        assertThat(result.get("errors").asInt()).isEqualTo(5);
    }

    @Test
    void countsUnansweredTransactionsAsErrorsAfterTheTimeout() throws Exception {
        FakeHlr hlr = new FakeHlr(Set.of(A, SILENT), Set.of(SILENT));
        long start = System.nanoTime();
        JsonNode result = bench(hlr, GsupBenchOp.LU, List.of(SILENT), 4, 2, 150);
        assertThat(result.get("completed").asInt()).isZero();
        assertThat(result.get("errors").asInt()).isEqualTo(4);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
    }

    @Test
    void failsClearlyWhenNoServerAnswers() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        GsupBenchConfig config = GsupBenchConfig.of(new InetSocketAddress("127.0.0.1", port), GsupBenchOp.SAI,
                List.of(A), 1, 1);
        assertThatThrownBy(() -> new GsupBench(config, Duration.ofMillis(500)).run()).isInstanceOf(IOException.class)
                .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("accepted 0 of 1");
    }
}
