package org.dgsm.node.reliability;

import org.dgsm.node.NodeSettings;
import org.dgsm.node.VillageNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GSUP through a relay that splits, delays and resets: every location update and auth info request either
 * completes or fails cleanly, and the database holds nothing half-applied (no acknowledged update missing, no VLR
 * that was never sent, no SQN behind one handed out or handed out twice).
 */
class GsupImpairmentTest {

    @TempDir
    Path dir;

    @Test
    void splitDelayedAndResetLinksLeaveNothingHalfApplied() throws Exception {
        Path db = dir.resolve("hlr.db");
        List<String> imsis = KillLoop.provision(db, 40);
        AckLog log = new AckLog();
        InetSocketAddress gsup = new InetSocketAddress("127.0.0.45", 4222);
        try (VillageNode node = VillageNode.start(NodeSettings.builder().siteName("impaired").discoveryEnabled(false)
                .database(db).gsupBind(gsup).httpBind(new InetSocketAddress("127.0.0.45", 8042)).build());
             ImpairingTcpRelay relay = ImpairingTcpRelay.start(new InetSocketAddress("127.0.0.45", 14222), gsup,
                     new ImpairingTcpRelay.Impairment(20, 7, 0.05), 99)) {
            try (Storm storm = Storm.start(relay.address(), "imp", imsis, 3, log, Duration.ofSeconds(2))) {
                Thread.sleep(6_000);
            }
            assertThat(relay.resets()).as("the relay did reset links").isPositive();
            assertThat(relay.delayedChunks()).isPositive();
        }

        FaultCheck check = FaultCheck.of(StoredState.read(db), log);
        assertThat(log.locationUpdates()).as("updates got through the impaired link").isPositive();
        assertThat(log.authInfos()).isPositive();
        assertThat(check.problems()).isEmpty();
        assertThat(check.clean()).isTrue();
        assertThat(log.duplicateSqns()).isZero();
    }
}
