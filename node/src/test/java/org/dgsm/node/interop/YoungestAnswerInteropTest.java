package org.dgsm.node.interop;

import org.dgsm.node.cli.CliRun;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.testkit.RunningProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sites answer the same query with different ages: our responder (fixed test source) and a second
 * site played by {@code osmo-mslookup-client --send}. Our client and osmo-mslookup-client, asking at the
 * same time, both pick the youngest.
 */
class YoungestAnswerInteropTest {

    private static final String QUERY = "sip.voice.1001.msisdn";

    @TempDir
    Path dir;

    private EventLoopGroup group;
    private MulticastMslookupResponder responder;

    @BeforeEach
    void startGroup() {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterEach
    void stop() {
        if (responder != null) {
            responder.close();
        }
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }

    private void ourSiteAnswers(long age, String ip) throws Exception {
        ServiceAddress address = new ServiceAddress(InetAddress.getByName(ip), 5060);
        responder = MulticastMslookupResponder.open(group, MulticastConfig.defaults(),
                new MslookupResponder(DomainSuffix.DEFAULT,
                        q -> q.toString().equals(QUERY) ? Optional.of(new MslookupResult(age, address, null)) : Optional.empty()));
    }

    /**
     * Both clients wait 4 s; the other site's unsolicited answer goes out once our responder has seen both their
     * queries, so a slow machine cannot make it miss the window.
     */
    private CliRun[] askBothWhileOtherSiteSends(long otherAge, String otherIp) throws Exception {
        CompletableFuture<CliRun> osmo = CompletableFuture.supplyAsync(() -> {
            try {
                return OsmoMslookupClient.run(dir, "osmo-client", "-t", "4000", "-T", "4000", QUERY);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        CompletableFuture<CliRun> ours = CompletableFuture.supplyAsync(
                () -> CliRun.of("mslookup", "-t", "4000", "-T", "4000", QUERY));
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (responder.responder().queriesSeen() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(responder.responder().queriesSeen()).as("both clients asked").isGreaterThanOrEqualTo(2);
        try (RunningProcess send = OsmoMslookupClient.start(dir, "osmo-send", "--send", QUERY,
                Long.toString(otherAge), otherIp, "5060")) {
            assertThat(send.waitFor(Duration.ofSeconds(10))).as(send.logTail()).isZero();
        }
        return new CliRun[] {ours.get(), osmo.get()};
    }

    @Test
    void bothClientsPickTheOtherSitesYoungerAnswer() throws Exception {
        ourSiteAnswers(30, "10.1.1.1");
        CliRun[] runs = askBothWhileOtherSiteSends(2, "10.2.2.2");
        String expected = QUERY + "\tresult\tlast\t2\t10.2.2.2\t5060\t\t\n";
        assertThat(runs[0].stdout()).as("dgsm mslookup").endsWith(expected);
        assertThat(runs[1].stdout()).as("osmo-mslookup-client").endsWith(expected);
    }

    @Test
    void bothClientsPickOurYoungerAnswer() throws Exception {
        ourSiteAnswers(1, "10.1.1.1");
        CliRun[] runs = askBothWhileOtherSiteSends(9, "10.2.2.2");
        String expected = QUERY + "\tresult\tlast\t1\t10.1.1.1\t5060\t\t\n";
        assertThat(runs[0].stdout()).as("dgsm mslookup").endsWith(expected);
        assertThat(runs[1].stdout()).as("osmo-mslookup-client").endsWith(expected);
        assertThat(Files.readString(dir.resolve("osmo-send.log"))).contains("Sending mDNS to 239.192.23.42:4266");
    }
}
