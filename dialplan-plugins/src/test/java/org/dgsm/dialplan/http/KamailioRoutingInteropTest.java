package org.dgsm.dialplan.http;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.dialplan.lookup.MulticastAsyncMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.mslookup.netty.MulticastMslookupClient;
import org.dgsm.mslookup.netty.MulticastMslookupResponder;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.testkit.OsmoProgram;
import org.dgsm.testkit.RunningProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Village A's Kamailio, running the shipped {@code site-configs/kamailio/dgsm-village.cfg}, routes calls by asking
 * this node's HTTP API, which asks the mesh by real mslookup multicast. Village B is a fake mslookup responder plus a
 * SIPp UAS playing its osmo-sip-connector; the caller in village A is a SIPp UAC. Everything runs on 127.0.0.x in
 * the test JVM's private network namespace:
 * <pre>
 *   SIPp UAC 127.0.0.30:5070 -> Kamailio A 127.0.0.10:5060 -> GET http://127.0.0.1:port/lookup/sip.voice/1001
 *       node: mslookup sip.voice.1001.msisdn -> village B answers 127.0.0.20:5060 (age 2)
 *   Kamailio A -> SIPp UAS 127.0.0.20:5060 (village B); ACK and BYE follow the recorded route
 * </pre>
 */
class KamailioRoutingInteropTest {

    private static final String MSISDN_AT_B = "1001";
    private static final String UNKNOWN_MSISDN = "1009";
    private static final InetSocketAddress KAMAILIO_A = new InetSocketAddress("127.0.0.10", 5060);
    private static final InetSocketAddress VILLAGE_B_SIP = new InetSocketAddress("127.0.0.20", 5060);
    private static final String CALLER_IP = "127.0.0.30";
    private static final Duration PROCESS_BOUND = Duration.ofSeconds(90);
    private static final long MSLOOKUP_WINDOW_MS = 2000;

    @TempDir
    Path work;

    private EventLoopGroup group;
    private MulticastMslookupResponder villageB;
    private MulticastMslookupClient mslookupClient;
    private DialplanHttpServer node;
    private RunningProcess kamailio;
    private Path sippBinary;
    private final List<RunningProcess> processes = new ArrayList<>();

    @BeforeEach
    void startVillages() throws Exception {
        Path kamailioBinary = OsmoProgram.require("kamailio", "kamailio");
        requireKamailioModule("http_client.so", "kamailio-utils-modules");
        requireKamailioModule("jansson.so", "kamailio-extra-modules");
        sippBinary = OsmoProgram.require("sipp", "sip-tester");

        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        MulticastConfig mesh = MulticastConfig.defaults().withGroup(InetAddress.getByName("239.192.23.42"), 4266);
        MslookupQuery atB = new MslookupQuery("sip.voice", MslookupId.msisdn(MSISDN_AT_B));
        MslookupResult bAnswer = new MslookupResult(2,
                new ServiceAddress(VILLAGE_B_SIP.getAddress(), VILLAGE_B_SIP.getPort()), null);
        villageB = MulticastMslookupResponder.open(group, mesh, new MslookupResponder(DomainSuffix.DEFAULT,
                query -> query.equals(atB) ? Optional.of(bAnswer) : Optional.empty()));
        mslookupClient = MulticastMslookupClient.open(group, mesh, DomainSuffix.DEFAULT);
        // a min-delay twice osmo's default: an aged answer must arrive within it even on a loaded machine
        SubscriberLocator locator = SubscriberLocator.builder(
                new MulticastAsyncMslookup(mslookupClient, MSLOOKUP_WINDOW_MS, MSLOOKUP_WINDOW_MS)).build();
        node = DialplanHttpServer.start(group, new InetSocketAddress("127.0.0.1", 0), locator,
                DialplanSettings.defaults());

        Path config = shippedKamailioConfig();
        Files.createDirectories(work.resolve("run"));
        kamailio = start("kamailio-A", List.of(kamailioBinary.toString(),
                "-f", config.toString(), "-DD", "-E", "-m", "32", "-M", "8",
                "-Y", work.resolve("run").toString(), "-w", work.toString(),
                "-A", "SIP_LISTEN=udp:" + KAMAILIO_A.getHostString() + ":" + KAMAILIO_A.getPort(),
                "-A", "DGSM_NODE_HTTP=\"127.0.0.1:" + node.localAddress().getPort() + "\"",
                "-A", "DGSM_LOOKUP_TIMEOUT=10",
                "-A", "SIP_WORKERS=2"));
        BoundUdpSockets.await(KAMAILIO_A, kamailio, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopVillages() {
        for (RunningProcess p : processes) {
            p.close();
        }
        if (node != null) {
            node.close();
        }
        if (mslookupClient != null) {
            mslookupClient.close();
        }
        if (villageB != null) {
            villageB.close();
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void inviteForSubscriberAttachedAtVillageBIsRelayedThereAndTheCallCompletes() throws Exception {
        RunningProcess villageBSip = start("sipp-village-B", sipp("village-b-uas.xml", VILLAGE_B_SIP.getHostString(),
                VILLAGE_B_SIP.getPort(), "uas", List.of()));
        BoundUdpSockets.await(VILLAGE_B_SIP, villageBSip, Duration.ofSeconds(30));

        RunningProcess caller = start("sipp-caller-A", sipp("village-a-caller.xml", CALLER_IP, 5070, "uac",
                List.of("-s", MSISDN_AT_B, KAMAILIO_A.getHostString() + ":" + KAMAILIO_A.getPort())));

        withLogsOnFailure(() -> {
            assertThat(caller.waitFor(PROCESS_BOUND)).as("caller SIPp exit code (0: call completed)").isZero();
            assertThat(villageBSip.waitFor(PROCESS_BOUND)).as("village B SIPp exit code").isZero();

            String atB = messages("uas");
            assertThat(atB).as("village B got the INVITE for the subscriber, relayed by village A's router")
                    .contains("INVITE sip:" + MSISDN_AT_B + "@127.0.0.20:5060 SIP/2.0")
                    .contains("Record-Route: <sip:127.0.0.10;lr")
                    .contains("Via: SIP/2.0/UDP 127.0.0.10");
            assertThat(atB).as("in-dialog requests reached village B through the router")
                    .containsPattern("(?m)^ACK sip:127\\.0\\.0\\.20:5060")
                    .containsPattern("(?m)^BYE sip:127\\.0\\.0\\.20:5060");
            String atCaller = messages("uac");
            assertThat(atCaller).contains("SIP/2.0 200 OK").containsPattern("(?m)^Route: <sip:127\\.0\\.0\\.10;lr");
            assertThat(kamailio.log()).contains("dgsm: 1001 is at 127.0.0.20:5060 (age 2 s)");
            assertThat(villageB.responder().answered()).as("mslookup answers sent by village B").isPositive();
        });
    }

    @Test
    void inviteForANumberNoVillageKnowsGets404() throws Exception {
        RunningProcess caller = start("sipp-caller-A", sipp("village-a-caller-unknown.xml", CALLER_IP, 5071, "uac",
                List.of("-s", UNKNOWN_MSISDN, KAMAILIO_A.getHostString() + ":" + KAMAILIO_A.getPort())));

        withLogsOnFailure(() -> {
            assertThat(caller.waitFor(PROCESS_BOUND)).as("caller SIPp exit code (0: got the 404)").isZero();
            assertThat(messages("uac")).contains("SIP/2.0 404 Not Found")
                    .doesNotContain("SIP/2.0 200 OK");
            assertThat(kamailio.log()).contains("dgsm: no village knows " + UNKNOWN_MSISDN);
            assertThat(villageB.responder().queriesSeen()).as("the mesh was asked").isPositive();
            assertThat(villageB.responder().answered()).isZero();
        });
    }

    @Test
    void inviteWhileTheNodeCannotBeAskedGets480() throws Exception {
        node.close();

        RunningProcess caller = start("sipp-caller-A", sipp("village-a-caller-node-down.xml", CALLER_IP, 5072, "uac",
                List.of("-s", MSISDN_AT_B, KAMAILIO_A.getHostString() + ":" + KAMAILIO_A.getPort())));

        withLogsOnFailure(() -> {
            assertThat(caller.waitFor(PROCESS_BOUND)).as("caller SIPp exit code (0: got the 480)").isZero();
            assertThat(messages("uac")).contains("SIP/2.0 480 Temporarily Unavailable");
            assertThat(kamailio.log()).contains("dgsm: lookup of " + MSISDN_AT_B + " failed");
        });
    }

    private List<String> sipp(String scenario, String ip, int port, String role, List<String> extra)
            throws IOException {
        Path scenarioFile = work.resolve(scenario);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("sipp/" + scenario)) {
            assertThat(in).as("scenario resource sipp/%s", scenario).isNotNull();
            Files.copy(in, scenarioFile);
        }
        List<String> command = new ArrayList<>(List.of(sippBinary.toString(), "-sf", scenarioFile.toString(),
                "-i", ip, "-p", Integer.toString(port), "-mi", ip, "-m", "1", "-nostdin",
                "-trace_msg", "-message_file", work.resolve(role + ".msg").toString(),
                "-trace_err", "-error_file", work.resolve(role + ".err").toString(),
                "-timeout", "60s", "-timeout_error"));
        command.addAll(extra);
        return command;
    }

    private RunningProcess start(String name, List<String> command) throws IOException {
        RunningProcess p = RunningProcess.start(name, command, work);
        processes.add(p);
        return p;
    }

    private String messages(String role) throws IOException {
        Path file = work.resolve(role + ".msg");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    }

    private void withLogsOnFailure(ThrowingRunnable assertions) throws Exception {
        try {
            assertions.run();
        } catch (AssertionError | Exception e) {
            StringBuilder logs = new StringBuilder(String.valueOf(e.getMessage())).append("\n\n");
            for (RunningProcess p : processes) {
                logs.append(p.logTail()).append("\n\n");
            }
            for (String role : List.of("uac", "uas")) {
                logs.append("SIP messages at ").append(role).append(":\n").append(messages(role)).append("\n");
                Path errors = work.resolve(role + ".err");
                if (Files.exists(errors)) {
                    logs.append("SIPp errors at ").append(role).append(":\n").append(Files.readString(errors))
                            .append("\n");
                }
            }
            throw new AssertionError(logs.toString(), e);
        }
    }

    private static Path shippedKamailioConfig() {
        Path config = Path.of("").toAbsolutePath().resolveSibling("site-configs")
                .resolve("kamailio").resolve("dgsm-village.cfg");
        assertThat(config).as("the shipped Kamailio config (run the test from the dialplan-plugins module)")
                .isRegularFile();
        return config;
    }

    private static void requireKamailioModule(String module, String debianPackage) throws IOException {
        List<Path> roots = new ArrayList<>();
        try (var libs = Files.list(Path.of("/usr/lib"))) {
            libs.map(dir -> dir.resolve("kamailio/modules")).forEach(roots::add);
        }
        roots.add(Path.of("/usr/lib/kamailio/modules"));
        roots.add(Path.of("/usr/local/lib/kamailio/modules"));
        for (Path root : roots) {
            if (Files.isRegularFile(root.resolve(module))) {
                return;
            }
        }
        throw new AssertionError("Kamailio module " + module + " is not installed; this interop test needs it:"
                + " apt-get install " + debianPackage + " (./run-tests does that when run as root)");
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
