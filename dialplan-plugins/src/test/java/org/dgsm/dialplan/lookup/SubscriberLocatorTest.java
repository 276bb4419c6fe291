package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriberLocatorTest {

    private static final MslookupQuery VOICE_1001 = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
    private static final MslookupQuery VOICE_1002 = new MslookupQuery("sip.voice", MslookupId.msisdn("1002"));
    private static final MslookupQuery SMS_1001 = new MslookupQuery("smpp.sms", MslookupId.msisdn("1001"));
    private static final ServiceAddress VILLAGE_B = address("127.0.0.20", 5060);

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void foundAnswerCarriesAddressAndAge() {
        SubscriberLocator locator = locator(ScriptedMslookup.answering(Map.of(VOICE_1001, aged(3, VILLAGE_B))))
                .build();

        SubscriberLocation location = locator.locate("sip.voice", "1001").join();

        assertThat(location).isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 3, null));
    }

    @Test
    void unansweredLookupIsNotFound() {
        SubscriberLocator locator = locator(ScriptedMslookup.answering(Map.of())).build();

        assertThat(locator.locate("sip.voice", "1001").join()).isEqualTo(new SubscriberLocation.NotFound());
    }

    @Test
    void answerIsReusedWithinTheTtlAndLookedUpAgainAfterIt() {
        ScriptedMslookup mslookup = ScriptedMslookup.answering(Map.of(VOICE_1001, aged(0, VILLAGE_B)));
        SubscriberLocator locator = locator(mslookup).cacheTtl(Duration.ofSeconds(5)).build();

        locator.locate("sip.voice", "1001").join();
        ticker.advance(Duration.ofMillis(4900));
        locator.locate("sip.voice", "1001").join();
        assertThat(mslookup.asked()).hasSize(1);

        ticker.advance(Duration.ofMillis(200));
        locator.locate("sip.voice", "1001").join();
        assertThat(mslookup.asked()).containsExactly(VOICE_1001, VOICE_1001);
        assertThat(locator.mslookupsStarted()).isEqualTo(2);
        assertThat(locator.requests()).isEqualTo(3);
    }

    @Test
    void cachedAnswerGrowsOlderWhileItIsServed() {
        SubscriberLocator locator = locator(ScriptedMslookup.answering(Map.of(VOICE_1001, aged(3, VILLAGE_B))))
                .cacheTtl(Duration.ofSeconds(10)).build();
        locator.locate("sip.voice", "1001").join();

        ticker.advance(Duration.ofMillis(2500));

        SubscriberLocation later = locator.locate("sip.voice", "1001").join();
        assertThat(later).isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 5, null));
    }

    @Test
    void notFoundIsCachedOnlyForTheShorterNotFoundTtl() {
        ScriptedMslookup mslookup = ScriptedMslookup.answering(Map.of());
        SubscriberLocator locator = locator(mslookup)
                .cacheTtl(Duration.ofSeconds(30)).notFoundTtl(Duration.ofMillis(500)).build();

        locator.locate("sip.voice", "1001").join();
        ticker.advance(Duration.ofMillis(400));
        locator.locate("sip.voice", "1001").join();
        assertThat(mslookup.asked()).hasSize(1);

        ticker.advance(Duration.ofMillis(200));
        locator.locate("sip.voice", "1001").join();
        assertThat(mslookup.asked()).hasSize(2);
    }

    @Test
    void failedLookupIsReportedAndNotCached() {
        ScriptedMslookup mslookup = ScriptedMslookup.failingWith(new IllegalStateException("socket closed"));
        SubscriberLocator locator = locator(mslookup).build();

        SubscriberLocation first = locator.locate("sip.voice", "1001").join();
        SubscriberLocation second = locator.locate("sip.voice", "1001").join();

        assertThat(first).isInstanceOf(SubscriberLocation.LookupFailed.class);
        assertThat(((SubscriberLocation.LookupFailed) first).reason()).contains("socket closed");
        assertThat(second).isInstanceOf(SubscriberLocation.LookupFailed.class);
        assertThat(mslookup.asked()).hasSize(2);
    }

    @Test
    void lookupFunctionThatThrowsBecomesLookupFailed() {
        SubscriberLocator locator = locator(ScriptedMslookup.of(q -> {
            throw new IllegalArgumentException("cannot encode");
        })).build();

        SubscriberLocation location = locator.locate("sip.voice", "1001").join();

        assertThat(location).isInstanceOf(SubscriberLocation.LookupFailed.class);
        assertThat(((SubscriberLocation.LookupFailed) location).reason()).contains("cannot encode");
    }

    @Test
    void concurrentLookupsOfOneNumberShareOneMslookup() throws Exception {
        ScriptedMslookup mslookup = ScriptedMslookup.held();
        SubscriberLocator locator = locator(mslookup).build();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CompletableFuture<SubscriberLocation>>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(callers.submit(() -> {
                    start.await();
                    return locator.locate("sip.voice", "1001");
                }));
            }
            start.countDown();
            List<CompletableFuture<SubscriberLocation>> answers = new ArrayList<>();
            for (Future<CompletableFuture<SubscriberLocation>> call : calls) {
                answers.add(call.get(10, TimeUnit.SECONDS));
            }
            assertThat(answers).noneMatch(CompletableFuture::isDone);

            mslookup.pending(VOICE_1001).complete(Optional.of(aged(1, VILLAGE_B)));

            for (CompletableFuture<SubscriberLocation> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 1, null));
            }
            assertThat(mslookup.asked()).containsExactly(VOICE_1001);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void lookupsInFlightAreSharedEvenWithCachingOff() {
        ScriptedMslookup mslookup = ScriptedMslookup.held();
        SubscriberLocator locator = locator(mslookup).cacheTtl(Duration.ZERO).build();

        CompletableFuture<SubscriberLocation> first = locator.locate("sip.voice", "1001");
        CompletableFuture<SubscriberLocation> second = locator.locate("sip.voice", "1001");
        mslookup.pending(VOICE_1001).complete(Optional.of(aged(0, VILLAGE_B)));

        assertThat(first.join()).isEqualTo(second.join());
        assertThat(mslookup.asked()).hasSize(1);

        locator.locate("sip.voice", "1001");
        assertThat(mslookup.asked()).hasSize(2);
    }

    @Test
    void differentNumbersAndServicesAreLookedUpSeparately() {
        ScriptedMslookup mslookup = ScriptedMslookup.answering(Map.of(
                VOICE_1001, aged(0, VILLAGE_B),
                SMS_1001, aged(0, address("127.0.0.20", 2775))));
        SubscriberLocator locator = locator(mslookup).build();

        SubscriberLocation voice = locator.locate("sip.voice", "1001").join();
        SubscriberLocation other = locator.locate("sip.voice", "1002").join();
        SubscriberLocation sms = locator.locate("smpp.sms", "1001").join();

        assertThat(voice).isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 0, null));
        assertThat(other).isEqualTo(new SubscriberLocation.NotFound());
        assertThat(sms).isEqualTo(new SubscriberLocation.Found(address("127.0.0.20", 2775), 0, null));
        assertThat(mslookup.asked()).containsExactly(VOICE_1001, VOICE_1002, SMS_1001);
    }

    @Test
    void lookupThatNeverEndsFailsAtTheDeadline() {
        SubscriberLocator locator = locator(ScriptedMslookup.held()).lookupDeadline(Duration.ofMillis(50)).build();

        SubscriberLocation location = locator.locate("sip.voice", "1001").join();

        assertThat(location).isEqualTo(new SubscriberLocation.LookupFailed("no final mslookup answer within 50 ms"));
    }

    @Test
    void deadlineDoesNotCompleteTheLookupFunctionsOwnFuture() {
        ScriptedMslookup mslookup = ScriptedMslookup.held();
        SubscriberLocator locator = locator(mslookup).lookupDeadline(Duration.ofMillis(20)).build();

        locator.locate("sip.voice", "1001").join();

        assertThat(mslookup.pending(VOICE_1001)).isNotDone();
    }

    @Test
    void prefersTheIpv4AddressAndFallsBackToIpv6() {
        ServiceAddress v6 = address("fd00::2", 5062);
        ScriptedMslookup mslookup = ScriptedMslookup.answering(Map.of(
                VOICE_1001, new MslookupResult(2, VILLAGE_B, v6),
                VOICE_1002, new MslookupResult(2, null, v6)));
        SubscriberLocator locator = locator(mslookup).build();

        assertThat(locator.locate("sip.voice", "1001").join()).isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 2, null));
        assertThat(locator.locate("sip.voice", "1002").join()).isEqualTo(new SubscriberLocation.Found(v6, 2, null));
    }

    @Test
    void villageNameComesFromTheDirectory() {
        SubscriberLocator locator = locator(ScriptedMslookup.answering(Map.of(VOICE_1001, aged(0, VILLAGE_B))))
                .villages(VillageDirectory.of(Map.of(VILLAGE_B.ip(), "bergdorf")))
                .build();

        assertThat(locator.locate("sip.voice", "1001").join())
                .isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 0, "bergdorf"));
    }

    @Test
    void failingVillageDirectoryLeavesTheVillageUnknown() {
        SubscriberLocator locator = locator(ScriptedMslookup.answering(Map.of(VOICE_1001, aged(0, VILLAGE_B))))
                .villages(a -> {
                    throw new IllegalStateException("discovery down");
                })
                .build();

        assertThat(locator.locate("sip.voice", "1001").join())
                .isEqualTo(new SubscriberLocation.Found(VILLAGE_B, 0, null));
    }

    @Test
    void rejectsTextThatIsNotAnMsisdn() {
        SubscriberLocator locator = locator(ScriptedMslookup.answering(Map.of())).build();

        assertThatThrownBy(() -> locator.locate("sip.voice", "10a1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits only");
        assertThatThrownBy(() -> locator.locate("sip.voice", "1234567890123456"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locator.locate("", "1001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeTtlsAndNonPositiveDeadlines() {
        SubscriberLocator.Builder builder = SubscriberLocator.builder(ScriptedMslookup.answering(Map.of()));

        assertThatThrownBy(() -> builder.cacheTtl(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.notFoundTtl(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.lookupDeadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maximumEntries(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private SubscriberLocator.Builder locator(AsyncMslookup mslookup) {
        return SubscriberLocator.builder(mslookup).ticker(ticker);
    }

    private static MslookupResult aged(long age, ServiceAddress v4) {
        return new MslookupResult(age, v4, null);
    }

    static ServiceAddress address(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
