package org.dgsm.node.interop;

import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.signing.MeshKey;
import org.dgsm.mslookup.signing.MeshKeyRing;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import org.dgsm.node.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A village that signs its answers is still found by osmo-mslookup-client, which ignores the companions. */
class SigningVillageInteropTest {

    @TempDir
    Path dir;

    @Test
    void osmoClientFindsASigningVillage() throws Exception {
        Path db = dir.resolve("hlr.db");
        try (SubscriberStore store = SubscriberStore.open(db)) {
            store.create("901700000014701", "1001");
        }
        SigningSettings signing = SigningSettings.of(MeshKeyRing.of(
                MeshKey.fromHex("assembly-2026-09", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")));
        try (VillageNode node = VillageNode.start(NodeSettings.builder().siteName("signed").discoveryEnabled(false)
                .database(db).gsupBind(new InetSocketAddress("127.0.0.51", 4222))
                .httpBind(new InetSocketAddress("127.0.0.51", 8042)).signing(signing).build())) {
            CliRun osmo = OsmoMslookupClient.run(dir, "osmo-client", "-H", "gsup.hlr.1001.msisdn");
            assertThat(osmo.stdout()).isEqualTo("gsup.hlr.1001.msisdn\tresult\tlast\t0\t127.0.0.51\t4222\t\t\n");
        }
    }
}
