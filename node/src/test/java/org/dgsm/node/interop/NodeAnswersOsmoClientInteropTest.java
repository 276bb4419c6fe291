package org.dgsm.node.interop;

import org.dgsm.node.cli.CliRun;

import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** osmo-mslookup-client finds the gsup.hlr answers of our village node for its provisioned subscribers. */
class NodeAnswersOsmoClientInteropTest {

    @TempDir
    Path dir;

    private VillageNode node;

    @BeforeEach
    void startNode() throws Exception {
        Path db = dir.resolve("hlr.db");
        try (SubscriberStore store = SubscriberStore.open(db)) {
            store.create("901700000014701", "1001");
            store.create("901700000024702");
        }
        node = VillageNode.start(NodeSettings.builder().siteName("north").discoveryEnabled(false).database(db)
                .gsupBind(new InetSocketAddress("127.0.0.3", 4222)).httpBind(new InetSocketAddress("127.0.0.3", 8042))
                .services(Map.of("sip.voice", new ServiceAddress(InetAddress.getByName("127.0.0.3"), 5060))).build());
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void osmoClientFindsOurSubscribersHomeByImsiAndMsisdn() throws Exception {
        CliRun run = OsmoMslookupClient.run(dir, "osmo-client", "-H", "-t", "300", "-T", "300",
                "gsup.hlr.901700000014701.imsi", "gsup.hlr.1001.msisdn", "gsup.hlr.901700000024702.imsi");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines()).containsExactlyInAnyOrder(
                "gsup.hlr.901700000014701.imsi\tresult\tlast\t0\t127.0.0.3\t4222\t\t",
                "gsup.hlr.1001.msisdn\tresult\tlast\t0\t127.0.0.3\t4222\t\t",
                "gsup.hlr.901700000024702.imsi\tresult\tlast\t0\t127.0.0.3\t4222\t\t");
        assertThat(node.responder().answered()).isEqualTo(3);
    }

    @Test
    void staysSilentForSubscribersItDoesNotHave() throws Exception {
        CliRun run = OsmoMslookupClient.run(dir, "osmo-client", "-f", "json", "-t", "300", "-T", "300",
                "gsup.hlr.901700000099999.imsi", "gsup.hlr.2001.msisdn", "sip.voice.1001.msisdn");
        assertThat(run.stdout().lines()).containsExactlyInAnyOrder(
                "{\"query\": \"gsup.hlr.901700000099999.imsi\", \"result\": \"not-found\", \"last\": true, \"age\": 0}",
                "{\"query\": \"gsup.hlr.2001.msisdn\", \"result\": \"not-found\", \"last\": true, \"age\": 0}",
                "{\"query\": \"sip.voice.1001.msisdn\", \"result\": \"not-found\", \"last\": true, \"age\": 0}");
        assertThat(node.responder().answered()).isZero();
        assertThat(node.responder().queriesSeen()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void answersASubscriberProvisionedWhileRunning() throws Exception {
        assertThat(CliRun.of("subscriber", "add", "--db", dir.resolve("hlr.db").toString(),
                "--imsi", "901700000033333", "--msisdn", "3333").exitCode()).isZero();
        CliRun run = OsmoMslookupClient.run(dir, "osmo-client", "-H", "gsup.hlr.3333.msisdn");
        assertThat(run.stdout()).isEqualTo("gsup.hlr.3333.msisdn\tresult\tlast\t0\t127.0.0.3\t4222\t\t\n");
    }
}
