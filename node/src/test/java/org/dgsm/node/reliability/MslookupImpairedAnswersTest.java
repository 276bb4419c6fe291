package org.dgsm.node.reliability;

import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mslookup client engine fed answers the way a lossy mesh delivers them: each village's answer dropped,
 * duplicated (up to three copies) and arriving in any order within the wait. Whatever arrives, the request ends
 * exactly once, with the youngest answer that arrived, or not-found when none did.
 */
class MslookupImpairedAnswersTest {

    private static final String SUFFIX = "mdns.osmocom.org";

    private record Arrival(long atMs, byte[] packet) {
    }

    @Test
    void droppedDuplicatedAndReorderedAnswersStillGiveTheYoungestOnce() throws Exception {
        SplittableRandom random = new SplittableRandom(0x10);
        MslookupQuery query = MslookupQuery.parse("sip.voice.1001.msisdn");
        int notFound = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            MslookupClientEngine engine = new MslookupClientEngine(SUFFIX, trial & 0xffff);
            long t0 = 1_000_000L * trial;
            long requestId = engine.start(query, 1_000, 1_000, t0).requestId();
            List<Arrival> arrivals = new ArrayList<>();
            long youngestDelivered = Long.MAX_VALUE;
            String youngestAddress = null;
            for (int village = 0; village < 3; village++) {
                long age = 1 + village * 40 + random.nextInt(40);   // distinct ages, all held back until Tmin
                InetAddress ip = InetAddress.getByName("10.0.0." + (village + 1));
                byte[] packet = MslookupAnswerEncoder.encode(new MslookupAnswer(random.nextInt(0x10000), query,
                        new MslookupResult(age, new ServiceAddress(ip, 5060), null)), SUFFIX);
                if (random.nextInt(10) < 3) {
                    continue;   // lost
                }
                int copies = 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
                for (int c = 0; c < copies; c++) {
                    arrivals.add(new Arrival(t0 + random.nextInt(950), packet));
                }
                if (age < youngestDelivered) {
                    youngestDelivered = age;
                    youngestAddress = ip.getHostAddress();
                }
            }
            arrivals.sort(Comparator.comparingLong(Arrival::atMs));

            List<MslookupReport> reports = new ArrayList<>();
            for (Arrival a : arrivals) {
                reports.addAll(engine.onPacket(a.packet(), a.atMs()));
            }
            reports.addAll(engine.onTime(t0 + 1_000));
            reports.addAll(engine.onTime(t0 + 5_000));

            assertThat(reports).allSatisfy(r -> assertThat(r.requestId()).isEqualTo(requestId));
            assertThat(reports.stream().filter(MslookupReport::last)).as("trial " + trial).hasSize(1);
            assertThat(reports.get(reports.size() - 1).last()).isTrue();
            assertThat(engine.hasPendingRequests()).isFalse();
            if (youngestAddress == null) {
                notFound++;
                assertThat(reports).singleElement().extracting(MslookupReport::code).isEqualTo(ResultCode.NOT_FOUND);
                continue;
            }
            MslookupReport best = reports.stream().filter(r -> r.code() == ResultCode.RESULT)
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(best.ageSeconds()).as("trial " + trial).isEqualTo(youngestDelivered);
            assertThat(best.v4().ip().getHostAddress()).isEqualTo(youngestAddress);
        }
        assertThat(notFound).as("some trials lose every answer").isPositive();
    }
}
