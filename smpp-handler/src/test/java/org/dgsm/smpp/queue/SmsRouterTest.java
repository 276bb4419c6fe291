package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.DeliveryReceipt;
import org.dgsm.smpp.message.DgsmTlvs;
import org.dgsm.smpp.message.EsmClass;
import org.dgsm.smpp.message.MalformedTlvException;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.message.SmsId;
import org.dgsm.smpp.message.Tlv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The routing core with a real SQLite queue and a clock that only moves when the test says so. */
class SmsRouterTest {

    private static final ServiceAddress OWN = address("10.0.0.1", 2776);
    private static final ServiceAddress VILLAGE_B = address("10.0.0.2", 2776);
    private static final ServiceAddress VILLAGE_C = address("10.0.0.3", 2776);
    private static final Tlv REFERENCE_7 = new Tlv(0x0204, new byte[] {0, 7});
    /** No jitter: delays are 1 s, 2 s, 4 s, 8 s, then 8 s; expiry after 60 s. */
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(8),
            Duration.ofSeconds(60), 0.0);

    @TempDir
    Path dir;

    private SqliteSmsStore store;
    private SmsRouter router;
    private long now = 1_800_000_000_000L;

    @BeforeEach
    void open() {
        store = SqliteSmsStore.open(dir.resolve("sms-queue.db"));
        router = newRouter(64, Duration.ZERO);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SmsRouter newRouter(int maxInFlight, Duration cacheTtl) {
        return new SmsRouter(store, new RouterConfig(OWN, RETRY, Duration.ofSeconds(300), Duration.ofDays(7),
                cacheTtl, maxInFlight), new SplittableRandom(1), now);
    }

    private static ServiceAddress address(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static ShortMessage sms(String from, String to, int registeredDelivery, Tlv... tlvs) {
        return new ShortMessage("CMT", new SmppAddress(3, 1, from), new SmppAddress(0, 1, to), 0x01, 0, 0, "", "",
                registeredDelivery, 0, 0x08, 0, "Habari".getBytes(StandardCharsets.UTF_16BE), List.of(tlvs));
    }

    private static <T extends RouterAction> T only(List<RouterAction> actions, Class<T> type) {
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0)).isInstanceOf(type);
        return type.cast(actions.get(0));
    }

    private SmsRecord stored(SmsId id) {
        return store.loadAll().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** Takes an SMS from the local SMSC and forwards it to village B; returns the forward. */
    private RouterAction.Forward acceptAndForwardToB(ShortMessage m) {
        Intake intake = router.onLocalDeliver(m, now);
        assertThat(intake.isAccepted()).isTrue();
        RouterAction.Lookup lookup = only(intake.actions(), RouterAction.Lookup.class);
        return only(router.onLookupResult(lookup.msisdn(), Optional.of(VILLAGE_B), now), RouterAction.Forward.class);
    }

    // ----------------------------------------------------------------------------------------------------------
    // from the local SMSC

    @Test
    void anSmsFromTheLocalSmscIsStoredBeforeItIsAcknowledgedAndLookedUp() {
        Intake intake = router.onLocalDeliver(sms("1001", "2001", 0), now);

        assertThat(intake.status()).isEqualTo(SmppStatus.ROK);
        assertThat(only(intake.actions(), RouterAction.Lookup.class).msisdn()).isEqualTo("2001");
        SmsRecord row = stored(intake.id());
        assertThat(row).isNotNull();
        assertThat(row.message()).isEqualTo(sms("1001", "2001", 0));
        assertThat(row.state()).isEqualTo(RecordState.PENDING);
    }

    @Test
    void aDestinationThatIsNoMsisdnIsRefusedAndNotStored() {
        Intake intake = router.onLocalDeliver(sms("1001", "kisima", 0), now);

        assertThat(intake.status()).isEqualTo(SmppStatus.RINVDSTADR);
        assertThat(store.loadAll()).isEmpty();
    }

    @Test
    void aStoreThatFailsMeansNoAcknowledgement() {
        store.close();
        Intake intake = router.onLocalDeliver(sms("1001", "2001", 0), now);

        assertThat(intake.status()).isEqualTo(SmppStatus.RSYSERR);
        assertThat(router.size()).isZero();
        store = SqliteSmsStore.open(dir.resolve("sms-queue.db"));
    }

    @Test
    void anSmsForAnotherVillageIsForwardedWithItsIdAndReplyToAndOtherwiseUnchanged() throws MalformedTlvException {
        ShortMessage original = sms("1001", "2001", 1, REFERENCE_7);
        RouterAction.Forward forward = acceptAndForwardToB(original);

        assertThat(forward.to()).isEqualTo(VILLAGE_B);
        assertThat(DgsmTlvs.messageId(forward.message().tlvs())).contains(forward.id());
        assertThat(DgsmTlvs.replyTo(forward.message().tlvs())).contains(OWN);
        assertThat(forward.message().withoutTlvs(DgsmTlvs::isOurs)).isEqualTo(original);
    }

    @Test
    void anSmsForASubscriberHereGoesToTheLocalSmscWithoutOurTlvs() {
        Intake intake = router.onLocalDeliver(sms("1001", "1002", 0, REFERENCE_7), now);
        List<RouterAction> actions = router.onLookupResult("1002", Optional.of(OWN), now);

        RouterAction.SubmitLocal submit = only(actions, RouterAction.SubmitLocal.class);
        assertThat(submit.id()).isEqualTo(intake.id());
        assertThat(submit.message()).isEqualTo(sms("1001", "1002", 0, REFERENCE_7));
    }

    @Test
    void anAcceptedForwardWithoutReceiptRequestLeavesTheQueue() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 0));
        router.onForwardOutcome(forward.id(), new AttemptOutcome.Accepted(forward.id().hex()), now);

        assertThat(router.queue()).isEmpty();
        assertThat(store.loadAll()).isEmpty();
        assertThat(router.counters().forwarded()).isEqualTo(1);
    }

    @Test
    void anAcceptedForwardThatAsksForAReceiptWaitsForIt() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 1));
        router.onForwardOutcome(forward.id(), new AttemptOutcome.Accepted(forward.id().hex()), now);

        assertThat(stored(forward.id()).state()).isEqualTo(RecordState.AWAITING_RECEIPT);
        assertThat(router.queue()).singleElement().satisfies(q -> {
            assertThat(q.state()).isEqualTo("awaiting-receipt");
            assertThat(q.nextAttemptAt()).isNull();
        });
        now += 300_000;
        router.onTimer(now);
        assertThat(store.loadAll()).as("no receipt within the wait: forgotten").isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------------
    // retries and expiry

    @Test
    void failedAttemptsAreRetriedWithExponentialBackoff() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 0));
        List<Long> delays = new ArrayList<>();
        SmsId id = forward.id();
        for (int attempt = 1; attempt <= 5; attempt++) {
            router.onForwardOutcome(id, new AttemptOutcome.LinkFailed("connection refused"), now);
            long next = router.nextWakeup();
            delays.add(next - now);
            assertThat(router.onTimer(next - 1)).as("nothing before it is due").isEmpty();
            now = next;
            List<RouterAction> retry = router.onTimer(now);
            RouterAction.Lookup lookup = only(retry, RouterAction.Lookup.class);
            only(router.onLookupResult(lookup.msisdn(), Optional.of(VILLAGE_B), now), RouterAction.Forward.class);
        }
        assertThat(delays).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 8_000L);
        SmsRecord row = stored(id);
        assertThat(row.attempts()).isEqualTo(5);
        assertThat(row.lastError()).isEqualTo("connection refused");
    }

    @Test
    void noAnswerToTheLookupIsRetriedLikeALinkFailure() {
        Intake intake = router.onLocalDeliver(sms("1001", "2001", 0), now);
        router.onLookupResult("2001", Optional.empty(), now);

        QueuedSms queued = router.queue().get(0);
        assertThat(queued.state()).isEqualTo("queued");
        assertThat(queued.attempts()).isEqualTo(1);
        assertThat(queued.lastError()).contains("no village answers smpp.sms.2001.msisdn");
        assertThat(queued.nextAttemptAt().toEpochMilli()).isEqualTo(now + 1_000);
        assertThat(stored(intake.id()).nextAttemptAt()).isEqualTo(now + 1_000);
    }

    @Test
    void atExpiryTheSenderGetsAFailureReport() {
        Intake intake = router.onLocalDeliver(sms("1001", "2001", 1, REFERENCE_7), now);
        router.onLookupResult("2001", Optional.empty(), now);
        long accepted = now;
        List<RouterAction> last = List.of();
        while (now < accepted + 60_000) {
            now = router.nextWakeup();
            last = router.onTimer(now);
            if (!last.isEmpty() && last.get(0) instanceof RouterAction.Lookup l) {
                last = router.onLookupResult(l.msisdn(), Optional.empty(), now);
            }
        }
        RouterAction.SubmitLocal report = only(last, RouterAction.SubmitLocal.class);
        ShortMessage m = report.message();
        assertThat(m.esmClass()).isEqualTo(EsmClass.TYPE_SME_DELIVERY_ACK);
        assertThat(m.source().address()).isEqualTo("2001");
        assertThat(m.destination()).isEqualTo(new SmppAddress(3, 1, "1001"));
        assertThat(m.tlvs()).containsExactly(REFERENCE_7);
        assertThat(new String(m.shortMessage(), StandardCharsets.US_ASCII))
                .startsWith("id:" + intake.id().hex() + " sub:001 dlvrd:000")
                .contains("stat:EXPIRED");
        assertThat(stored(intake.id())).as("the SMS itself is gone").isNull();
        assertThat(router.counters().failureReports()).isEqualTo(1);
    }

    @Test
    void aPermanentRejectionGivesUpAtOnce() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 0));
        List<RouterAction> actions = router.onForwardOutcome(forward.id(),
                new AttemptOutcome.Rejected(SmppStatus.RINVDSTADR, "unknown subscriber"), now);

        RouterAction.SubmitLocal report = only(actions, RouterAction.SubmitLocal.class);
        assertThat(new String(report.message().shortMessage(), StandardCharsets.US_ASCII))
                .contains("stat:REJECTD").contains("err:011");
    }

    @Test
    void aTemporaryRejectionIsRetried() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 0));
        List<RouterAction> actions = router.onForwardOutcome(forward.id(),
                new AttemptOutcome.Rejected(SmppStatus.RMSGQFUL, ""), now);

        assertThat(actions).isEmpty();
        assertThat(router.queue().get(0).lastError()).contains("ESME_RMSGQFUL");
    }

    @Test
    void aRestartResumesTheQueueFromTheStore() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 0));
        // the process dies with the forward in flight
        now += 10_000;
        SmsRouter restarted = newRouter(64, Duration.ZERO);

        assertThat(restarted.queue()).singleElement().satisfies(q -> assertThat(q.id()).isEqualTo(forward.id().hex()));
        RouterAction.Lookup lookup = only(restarted.onTimer(now), RouterAction.Lookup.class);
        RouterAction.Forward again = only(restarted.onLookupResult(lookup.msisdn(), Optional.of(VILLAGE_B), now),
                RouterAction.Forward.class);
        assertThat(again.id()).as("the same id, so that B can recognise it").isEqualTo(forward.id());
    }

    @Test
    void lookupsForTheSameMsisdnAreSharedAndCachedForTheirTtl() {
        router = newRouter(64, Duration.ofSeconds(10));
        Intake first = router.onLocalDeliver(sms("1001", "2001", 0), now);
        Intake second = router.onLocalDeliver(sms("1002", "2001", 0), now);
        assertThat(first.actions()).hasSize(1);
        assertThat(second.actions()).as("the running lookup serves it too").isEmpty();

        List<RouterAction> forwards = router.onLookupResult("2001", Optional.of(VILLAGE_C), now);
        assertThat(forwards).hasSize(2).allSatisfy(a -> assertThat(((RouterAction.Forward) a).to()).isEqualTo(VILLAGE_C));

        Intake third = router.onLocalDeliver(sms("1003", "2001", 0), now + 5_000);
        assertThat(only(third.actions(), RouterAction.Forward.class).to()).isEqualTo(VILLAGE_C);
        Intake fourth = router.onLocalDeliver(sms("1004", "2001", 0), now + 10_001);
        only(fourth.actions(), RouterAction.Lookup.class);
    }

    @Test
    void aFailedForwardForgetsTheCachedVillage() {
        router = newRouter(64, Duration.ofSeconds(10));
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 0));
        router.onForwardOutcome(forward.id(), new AttemptOutcome.LinkFailed("timeout"), now);

        now = router.nextWakeup();
        only(router.onTimer(now), RouterAction.Lookup.class);
    }

    @Test
    void noMoreAttemptsRunAtOnceThanAllowed() {
        router = newRouter(2, Duration.ZERO);
        router.onLocalDeliver(sms("1001", "2001", 0), now);
        router.onLocalDeliver(sms("1001", "2002", 0), now);
        Intake third = router.onLocalDeliver(sms("1001", "2003", 0), now);

        assertThat(third.actions()).isEmpty();
        assertThat(router.queue()).extracting(QueuedSms::state).containsExactly("in-flight", "in-flight", "queued");
        List<RouterAction> next = router.onLookupResult("2001", Optional.of(VILLAGE_B), now);
        assertThat(next).hasSize(1).first().isInstanceOf(RouterAction.Forward.class);
        RouterAction.Forward f = (RouterAction.Forward) next.get(0);
        List<RouterAction> freed = router.onForwardOutcome(f.id(), new AttemptOutcome.Accepted(""), now);
        assertThat(only(freed, RouterAction.Lookup.class).msisdn()).isEqualTo("2003");
    }

    // ----------------------------------------------------------------------------------------------------------
    // from other villages

    private static ShortMessage fromPeer(ShortMessage m, SmsId id, ServiceAddress replyTo) {
        List<Tlv> ours = new ArrayList<>(List.of(DgsmTlvs.messageId(id)));
        if (replyTo != null) {
            ours.add(DgsmTlvs.replyTo(replyTo));
        }
        return m.plusTlvs(ours);
    }

    @Test
    void anSmsFromAnotherVillageIsDeliveredLocallyUnderItsOwnId() {
        SmsId id = SmsId.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        Intake intake = router.onPeerSubmit(fromPeer(sms("2001", "1001", 0, REFERENCE_7), id, VILLAGE_B), now);

        assertThat(intake.isAccepted()).isTrue();
        assertThat(intake.id()).isEqualTo(id);
        RouterAction.SubmitLocal submit = only(intake.actions(), RouterAction.SubmitLocal.class);
        assertThat(submit.message()).isEqualTo(sms("2001", "1001", 0, REFERENCE_7));
    }

    @Test
    void aRetransmissionIsAcknowledgedButNotDeliveredAgainEvenAfterARestart() {
        SmsId id = SmsId.fromBytes(new byte[16]);
        ShortMessage m = fromPeer(sms("2001", "1001", 0), id, VILLAGE_B);
        Intake first = router.onPeerSubmit(m, now);
        RouterAction.SubmitLocal submit = only(first.actions(), RouterAction.SubmitLocal.class);

        Intake whileQueued = router.onPeerSubmit(m, now);
        assertThat(whileQueued.isAccepted()).isTrue();
        assertThat(whileQueued.actions()).isEmpty();

        router.onSubmitOutcome(submit.id(), new AttemptOutcome.Accepted("msg_id_not_implemented"), now);
        assertThat(router.queue()).isEmpty();
        SmsRouter restarted = newRouter(64, Duration.ZERO);
        Intake afterRestart = restarted.onPeerSubmit(m, now + 60_000);
        assertThat(afterRestart.isAccepted()).isTrue();
        assertThat(afterRestart.id()).isEqualTo(id);
        assertThat(afterRestart.actions()).isEmpty();
        assertThat(restarted.counters().duplicates()).isEqualTo(1);
    }

    @Test
    void idsAreForgottenAfterTheRetention() {
        SmsId id = SmsId.fromBytes(new byte[16]);
        ShortMessage m = fromPeer(sms("2001", "1001", 0), id, VILLAGE_B);
        RouterAction.SubmitLocal submit = only(router.onPeerSubmit(m, now).actions(), RouterAction.SubmitLocal.class);
        router.onSubmitOutcome(submit.id(), new AttemptOutcome.Accepted(""), now);
        router.onTimer(now + 3_600_000); // an hourly purge: the id is young

        assertThat(store.isSeen(id)).isTrue();
        now += Duration.ofDays(8).toMillis();
        router.onTimer(now);
        assertThat(store.isSeen(id)).isFalse();
    }

    @Test
    void aMalformedIdTlvIsRefused() {
        ShortMessage m = sms("2001", "1001", 0, new Tlv(DgsmTlvs.MESSAGE_ID, new byte[] {1, 2}));
        Intake intake = router.onPeerSubmit(m, now);

        assertThat(intake.status()).isEqualTo(SmppStatus.RINVOPTPARAMVAL);
        assertThat(intake.detail()).contains("must have 16 octets");
        assertThat(store.loadAll()).isEmpty();
    }

    @Test
    void anSmsFromAPeerWithoutOurTlvsIsStillDelivered() {
        Intake intake = router.onPeerSubmit(sms("2001", "1001", 0), now);
        assertThat(only(intake.actions(), RouterAction.SubmitLocal.class).message()).isEqualTo(sms("2001", "1001", 0));
    }

    // ----------------------------------------------------------------------------------------------------------
    // receipts

    private static ShortMessage osmoReceipt(String recipient, String sender, String id, Tlv... tlvs) {
        String text = "id:" + id + " sub:000 dlvrd:000 submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DELIVRD"
                + " err:000 text:";
        return new ShortMessage("CMT", new SmppAddress(3, 1, recipient), new SmppAddress(3, 1, sender), 0x04, 0, 0,
                "", "", 0, 0, 0x02, 0, text.getBytes(StandardCharsets.US_ASCII), List.of(tlvs));
    }

    @Test
    void aReceiptOfTheLocalSmscGoesBackToTheVillageTheSmsCameFrom() throws MalformedTlvException {
        SmsId id = SmsId.fromBytes(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
        RouterAction.SubmitLocal submit = only(router.onPeerSubmit(
                fromPeer(sms("2001", "1001", 1, REFERENCE_7), id, VILLAGE_B), now).actions(),
                RouterAction.SubmitLocal.class);
        router.onSubmitOutcome(submit.id(), new AttemptOutcome.Accepted("msg_id_not_implemented"), now);
        assertThat(router.queue().get(0).state()).isEqualTo("awaiting-receipt");

        Intake receipt = router.onLocalDeliver(osmoReceipt("1001", "2001", "00000001", REFERENCE_7), now);

        assertThat(receipt.isAccepted()).isTrue();
        RouterAction.Forward back = only(receipt.actions(), RouterAction.Forward.class);
        assertThat(back.to()).isEqualTo(VILLAGE_B);
        assertThat(back.message().esmClass()).isEqualTo(EsmClass.TYPE_SME_DELIVERY_ACK);
        assertThat(DgsmTlvs.reference(back.message().tlvs())).contains(id);
        assertThat(DgsmTlvs.messageId(back.message().tlvs())).contains(back.id());
        assertThat(back.message().tlv(0x0204)).contains(REFERENCE_7);
        assertThat(stored(id)).as("the SMS is settled").isNull();
        assertThat(router.counters().receiptsMatched()).isEqualTo(1);
    }

    @Test
    void aReceiptThatOvertakesTheSubmitResponseStillMatches() {
        SmsId id = SmsId.fromBytes(new byte[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5});
        RouterAction.SubmitLocal submit = only(router.onPeerSubmit(
                fromPeer(sms("2001", "1001", 1), id, VILLAGE_B), now).actions(), RouterAction.SubmitLocal.class);

        Intake receipt = router.onLocalDeliver(osmoReceipt("1001", "2001", "00000002"), now);
        only(receipt.actions(), RouterAction.Forward.class);
        assertThat(router.onSubmitOutcome(submit.id(), new AttemptOutcome.Accepted(""), now)).isEmpty();
        assertThat(router.queue()).extracting(QueuedSms::kind).containsExactly("receipt");
    }

    @Test
    void aReceiptIsMatchedByTheSmscMessageIdWhenTheSmscGivesRealOnes() {
        Intake first = router.onPeerSubmit(fromPeer(sms("2001", "1001", 1), SmsId.fromBytes(new byte[16]),
                VILLAGE_B), now);
        Intake second = router.onPeerSubmit(fromPeer(sms("2001", "1001", 1),
                SmsId.fromBytes(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), VILLAGE_C), now);
        router.onSubmitOutcome(first.id(), new AttemptOutcome.Accepted("m1"), now);
        router.onSubmitOutcome(second.id(), new AttemptOutcome.Accepted("m2"), now);

        Intake receipt = router.onLocalDeliver(osmoReceipt("1001", "2001", "m2"), now);
        assertThat(only(receipt.actions(), RouterAction.Forward.class).to()).isEqualTo(VILLAGE_C);
    }

    @Test
    void aReceiptForALocalSmsGoesToTheSenderWithTheOriginalReference() {
        Intake intake = router.onLocalDeliver(sms("1001", "1002", 1, REFERENCE_7), now);
        RouterAction.SubmitLocal submit = only(router.onLookupResult("1002", Optional.of(OWN), now),
                RouterAction.SubmitLocal.class);
        router.onSubmitOutcome(submit.id(), new AttemptOutcome.Accepted("msg_id_not_implemented"), now);

        Intake receipt = router.onLocalDeliver(osmoReceipt("1002", "1001", "00000003"), now);
        RouterAction.SubmitLocal toSender = only(receipt.actions(), RouterAction.SubmitLocal.class);
        assertThat(toSender.message().destination().address()).isEqualTo("1001");
        assertThat(toSender.message().esmClass()).isEqualTo(EsmClass.TYPE_SME_DELIVERY_ACK);
        assertThat(toSender.message().tlv(0x0204)).contains(REFERENCE_7);
        assertThat(stored(intake.id())).isNull();
    }

    @Test
    void aReceiptFromAnotherVillageIsDeliveredToTheSenderAndSettlesTheSms() {
        RouterAction.Forward forward = acceptAndForwardToB(sms("1001", "2001", 1, REFERENCE_7));
        router.onForwardOutcome(forward.id(), new AttemptOutcome.Accepted(forward.id().hex()), now);

        SmsId receiptId = SmsId.fromBytes(new byte[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
        ShortMessage receipt = osmoReceipt("2001", "1001", "00000004")
                .plusTlvs(List.of(DgsmTlvs.messageId(receiptId), DgsmTlvs.reference(forward.id())));
        Intake intake = router.onPeerSubmit(receipt, now);

        RouterAction.SubmitLocal toSender = only(intake.actions(), RouterAction.SubmitLocal.class);
        assertThat(toSender.message().esmClass()).isEqualTo(EsmClass.TYPE_SME_DELIVERY_ACK);
        assertThat(toSender.message().destination().address()).isEqualTo("1001");
        assertThat(toSender.message().tlv(0x0204)).as("the reference of the phone's SMS").contains(REFERENCE_7);
        assertThat(toSender.message().tlvs()).noneMatch(t -> DgsmTlvs.isOurs(t.tag()));
        assertThat(stored(forward.id())).isNull();
        assertThat(router.onPeerSubmit(receipt, now).actions()).as("a retransmitted receipt is not delivered twice")
                .isEmpty();
    }

    @Test
    void anUnmatchedReceiptIsAcknowledgedAndCounted() {
        Intake intake = router.onLocalDeliver(osmoReceipt("1001", "2001", "1"), now);
        assertThat(intake.isAccepted()).isTrue();
        assertThat(intake.actions()).isEmpty();
        assertThat(router.counters().receiptsUnmatched()).isEqualTo(1);
    }

    @Test
    void aFailureAtTheDestinationVillageGoesBackAsAReportWithTheReference() throws Exception {
        SmsId id = SmsId.fromBytes(new byte[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
        RouterAction.SubmitLocal submit = only(router.onPeerSubmit(
                fromPeer(sms("2001", "1001", 0), id, VILLAGE_B), now).actions(), RouterAction.SubmitLocal.class);

        List<RouterAction> actions = router.onSubmitOutcome(submit.id(),
                new AttemptOutcome.Rejected(0xff, "unknown data coding"), now);
        RouterAction.Forward report = only(actions, RouterAction.Forward.class);
        assertThat(report.to()).isEqualTo(VILLAGE_B);
        assertThat(DgsmTlvs.reference(report.message().tlvs())).contains(id);
        assertThat(DeliveryReceipt.parse(report.message().shortMessage()).stat()).isEqualTo("UNDELIV");
    }
}
