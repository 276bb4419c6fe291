package org.dgsm.node.interop;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.hlr.auc.Comp128v1;
import org.dgsm.hlr.auc.F2345Output;
import org.dgsm.hlr.auc.Milenage;
import org.dgsm.hlr.auc.UmtsToGsm;
import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientListener;
import org.dgsm.hlr.netty.GsupClientSettings;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import org.dgsm.testkit.OsmoHlrProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same GSUP sequence an MSC sends (SAI, LU with ISD, Purge, Check IMEI, unknown IMSI) against a real osmo-hlr
 * 1.5 and against our node with osmo-hlr 1.5's reject causes, on copies of one subscriber file: the same message
 * types, causes and subscriber data. RANDs differ, so every tuple is checked against COMP128v1 and MILENAGE
 * computed here from the stored keys.
 */
class GsupSequenceComparisonInteropTest {

    private static final String IMSI_A = "901700000014701";
    private static final String IMSI_B = "901700000024702";
    private static final String KI = "eb215756028d60e3275e613320aec880";
    private static final String OPC = "fb2a3d1b360f599abab99db8669f8308";

    @TempDir
    Path dir;

    @Test
    void ourHlrAnswersTheMscSequenceLikeOsmoHlr() throws Exception {
        Path template = dir.resolve("template.db");
        try (SubscriberStore store = SubscriberStore.open(template)) {
            store.createWithAuth(IMSI_A, "1001", AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                    AuthData3g.milenageWithOpc(KI, OPC));
            store.createWithAuth(IMSI_B, null, AuthData2g.of(AuthAlgorithm.COMP128V1, KI), null);
        }
        Path osmoDb = Files.copy(template, dir.resolve("osmo.db"));
        Path ourDb = Files.copy(template, dir.resolve("ours.db"));

        List<String> theirs;
        try (OsmoHlrProcess osmo = OsmoHlrProcess.builder(dir).database(osmoDb).ipaName("hlr-osmo").start()) {
            theirs = runSequence(new InetSocketAddress(osmo.bindIp(), 4222));
        }
        List<String> ours;
        try (VillageNode node = VillageNode.start(NodeSettings.builder().siteName("cmp").discoveryEnabled(false)
                .database(ourDb).gsupBind(new InetSocketAddress("127.0.0.9", 4222))
                .httpBind(new InetSocketAddress("127.0.0.9", 8042))
                .hlr(HlrSettings.osmoHlr15().withIpaName("hlr-ours")).build())) {
            ours = runSequence(new InetSocketAddress("127.0.0.9", 4222));
        }
        assertThat(theirs).as("osmo-hlr's answers are what the spec captured").contains(
                "SAI " + IMSI_A + ": SEND_AUTH_INFO_RESULT 5 tuples, each: sres=comp128v1 kc=comp128v1 res=milenage ck=milenage ik=milenage autn=16",
                "SAI 999999999999999: SEND_AUTH_INFO_ERROR cause=2");
        theirs.forEach(line -> System.out.println("osmo-hlr 1.5: " + line));
        assertThat(ours).containsExactlyElementsOf(theirs);
    }

    /** One MSC's conversation; every answer summarised as text that does not depend on RANDs. */
    private List<String> runSequence(InetSocketAddress hlr) throws Exception {
        BlockingQueue<GsupMessage> received = new LinkedBlockingQueue<>();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        List<String> log = new ArrayList<>();
        try (GsupClient msc = GsupClient.connect(group, hlr,
                GsupClientSettings.of(IpaIdentity.of("msc-cmp-1", "MSC", "test")), new GsupClientListener() {
                    @Override
                    public void onMessage(GsupMessage message) {
                        received.add(message);
                    }
                })) {
            assertThat(msc.awaitReady(Duration.ofSeconds(10))).as("connected to " + hlr).isTrue();
            Exchange x = new Exchange(msc, received);

            log.add("SAI " + IMSI_A + ": " + describe(x.ask(sai(IMSI_A))));
            log.add("SAI " + IMSI_B + ": " + describe(x.ask(sai(IMSI_B))));

            GsupMessage isd = x.ask(GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, IMSI_A).cnDomain(2).build());
            log.add("LU " + IMSI_A + ": " + describe(isd));
            log.add("LU " + IMSI_A + " after ISD: " + describe(x.ask(GsupReplies.result(isd).build())));

            log.add("PURGE " + IMSI_A + ": " + describe(x.ask(
                    GsupMessage.builder(GsupMessageType.PURGE_MS_REQUEST, IMSI_A).cnDomain(2).build())));
            log.add("CHECK_IMEI " + IMSI_A + ": " + describe(x.ask(GsupMessage.builder(GsupMessageType.CHECK_IMEI_REQUEST,
                    IMSI_A).imei(Octets.fromHex("0753968330653408")).build())));
            log.add("SAI 999999999999999: " + describe(x.ask(sai("999999999999999"))));
            log.add("LU 999999999999999: " + describe(x.ask(
                    GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, "999999999999999").cnDomain(2).build())));
        } finally {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
        }
        return log;
    }

    private static GsupMessage sai(String imsi) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).cnDomain(2).build();
    }

    private record Exchange(GsupClient msc, BlockingQueue<GsupMessage> received) {
        GsupMessage ask(GsupMessage request) throws InterruptedException {
            assertThat(msc.send(request)).as("sent").isTrue();
            GsupMessage answer = received.poll(10, TimeUnit.SECONDS);
            assertThat(answer).as("an answer to " + request.type()).isNotNull();
            return answer;
        }
    }

    private static String describe(GsupMessage m) {
        StringBuilder s = new StringBuilder(String.valueOf(m.type()));
        if (m.cause() != null) {
            s.append(" cause=").append(m.cause());
        }
        if (m.msisdn() != null) {
            s.append(" msisdn=").append(m.msisdn().toHex());
        }
        if (m.cnDomain() != null) {
            s.append(" cn=").append(m.cnDomain());
        }
        if (m.imeiResult() != null) {
            s.append(" imei_result=").append(m.imeiResult());
        }
        if (m.authTuples() != null && !m.authTuples().isEmpty()) {
            List<String> kinds = m.authTuples().stream().map(GsupSequenceComparisonInteropTest::verdict).distinct().toList();
            s.append(' ').append(m.authTuples().size()).append(" tuples, each: ").append(String.join(" | ", kinds));
        }
        return s.toString();
    }

    /** Which algorithm each value of the tuple matches, computed here from the stored keys. */
    private static String verdict(AuthTuple t) {
        byte[] ki = Hex.parse(KI);
        byte[] rand = t.rand().toByteArray();
        var gsm = Comp128v1.compute(ki, rand);
        List<String> parts = new ArrayList<>();
        F2345Output umts = t.res() == null ? null : Milenage.withOpc(ki, Hex.parse(OPC)).f2345(rand);
        parts.add("sres=" + (Arrays.equals(t.sres().toByteArray(), gsm.sres()) ? "comp128v1"
                : umts != null && Arrays.equals(t.sres().toByteArray(), UmtsToGsm.c2(umts.res())) ? "c2" : "?"));
        parts.add("kc=" + (Arrays.equals(t.kc().toByteArray(), gsm.kc()) ? "comp128v1"
                : umts != null && Arrays.equals(t.kc().toByteArray(), UmtsToGsm.c3(umts.ck(), umts.ik())) ? "c3" : "?"));
        if (umts != null) {
            parts.add("res=" + (Arrays.equals(t.res().toByteArray(), umts.res()) ? "milenage" : "?"));
            parts.add("ck=" + (Arrays.equals(t.ck().toByteArray(), umts.ck()) ? "milenage" : "?"));
            parts.add("ik=" + (Arrays.equals(t.ik().toByteArray(), umts.ik()) ? "milenage" : "?"));
            parts.add("autn=" + t.autn().length());
        }
        return String.join(" ", parts);
    }
}
