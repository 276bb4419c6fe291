package org.dgsm.hlr.mslookup;

import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance path without sockets: a location update through the core, then sip.voice answers. */
class AnswersAfterLocationUpdateTest {

    @TempDir
    Path dir;

    @Test
    void answersSipVoiceAfterALocationUpdateWithAnAgeThatGrows() throws Exception {
        Instant luTime = Instant.parse("2024-05-01T10:00:00.250Z");
        ServiceAddress sip = new ServiceAddress(InetAddress.getByName("127.0.0.1"), 5060);
        try (SubscriberStore store = SubscriberStore.open(dir.resolve("hlr.db"))) {
            store.create("901700000000001", "1001");
            HlrCore core = new HlrCore(store, HlrSettings.defaults(), () -> new byte[16]);
            Octets msc = Octets.ascii("msc-A1\0");
            core.onPeerConnected(msc, luTime.toEpochMilli());
            MutableClock clock = new MutableClock(luTime);
            HlrAnswerSource answers = new HlrAnswerSource(store, new MslookupServiceSettings(
                    Map.of("sip.voice", ServiceAddresses.of(sip)), Map.of(), null, Duration.ofHours(1)), clock);
            MslookupQuery query = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
            assertThat(answers.lookup(query)).isEmpty();

            core.onMessage(msc, GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, "901700000000001")
                    .cnDomain(GsupMessage.CN_DOMAIN_CS).build(), luTime.toEpochMilli());
            core.onMessage(msc, GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, "901700000000001").build(),
                    luTime.toEpochMilli());

            assertThat(answers.lookup(query)).contains(new MslookupResult(0, sip, null));
            clock.advance(Duration.ofSeconds(7));
            assertThat(answers.lookup(query)).contains(new MslookupResult(7, sip, null));
        }
    }
}
