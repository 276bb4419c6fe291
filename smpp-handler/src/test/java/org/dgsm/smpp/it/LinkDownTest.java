package org.dgsm.smpp.it;

import org.dgsm.smpp.SmsHandlerStatus;
import org.dgsm.smpp.message.ShortMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link between two villages fails. The issue asks for a 2-minute outage; CI runs the same scenario with a
 * 5-second one ({@link LinkDownTwoMinutesLongRun} runs the full two minutes:
 * {@code ./mvnw -o -pl smpp-handler test -Dtest=LinkDownTwoMinutesLongRun}).
 */
class LinkDownTest {

    @TempDir
    Path dir;

    @Test
    void smsArrivesOnceAfterTheLinkReturnsAndTheSenderRestarted() throws Exception {
        try (LinkDownScenario scenario = LinkDownScenario.start(dir, 42662)) {
            scenario.run(Duration.ofSeconds(5));
        }
    }

    @Test
    void lostAcknowledgementIsRetransmittedButDeliveredOnce() throws Exception {
        try (LinkDownScenario s = LinkDownScenario.start(dir, 42663)) {
            // the first connection through the relay: chunk 1 back is bind_resp, chunk 2 the submit_sm_resp.
            // No receipt requested: a receipt coming back would settle the SMS before any retransmission.
            s.relay.loseNthChunkFromUpstream(2);
            ShortMessage sms = LinkDownScenario.sms("Jibu limepotea njiani.", 5, 0);
            s.a.smsc.deliver("sms", sms);

            SmscEvent arrived = s.b.smsc.awaitOne(e -> e.is("submit_sm"), Duration.ofSeconds(30), "the SMS at B");
            assertThat(arrived.shortMessage()).isEqualTo(sms);
            LinkDownScenario.awaitQueue(s.a, List::isEmpty, Duration.ofSeconds(30));
            LinkDownScenario.awaitQueue(s.b, List::isEmpty, Duration.ofSeconds(30));
            Thread.sleep(2_000);

            assertThat(s.relay.resets.get()).as("the relay dropped the acknowledgement").isEqualTo(1);
            assertThat(s.b.smsc.events("submit_sm")).as("delivered once").hasSize(1);
            SmsHandlerStatus bStatus = s.b.handler().status();
            assertThat(bStatus.counters().duplicates()).as("the retransmission was recognised").isEqualTo(1);
            assertThat(s.a.handler().status().counters().attemptsFailed()).isGreaterThanOrEqualTo(1);
        }
    }
}
