package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.DeliveryReceipt;
import org.dgsm.smpp.message.DgsmTlvs;
import org.dgsm.smpp.message.EsmClass;
import org.dgsm.smpp.message.MalformedReceiptException;
import org.dgsm.smpp.message.MalformedTlvException;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.message.SmsId;
import org.dgsm.smpp.message.Tlv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The store-and-forward core, without I/O of its own: it takes events (an SMS or receipt handed over by the local
 * SMSC or a peer village, an mslookup result, the outcome of a forward or local submit, the passing of time) and
 * returns the work to do next ({@link RouterAction}). Every change is written to the {@link SmsStore} in one
 * transaction before the router acts on it, so an acknowledgement is only ever given for a stored message. Time comes
 * in as epoch milliseconds with every call. Not thread-safe: drive it from one thread.
 *
 * <p>Routing: an SMS from the local SMSC is looked up as {@code smpp.sms.<destination>.msisdn}; if the answer is
 * this village's own address it goes to the local SMSC, otherwise it is forwarded to the village found, with its
 * {@link SmsId} and a reply-to address in {@link DgsmTlvs}. An SMS from a peer is always delivered through the local
 * SMSC; its id is remembered so a retransmission is acknowledged without a second delivery. Failed attempts are
 * retried with the {@link RetryPolicy}; at expiry (or on a permanent rejection) the sender gets a failure report.
 *
 * <p>Receipts: a handed-on SMS that asked for a receipt is kept until the receipt arrives. A receipt of the local
 * SMSC is matched to the SMS it reports on (by the SMSC's message id, else by the swapped addresses and the
 * user_message_reference) and sent back to the village the SMS came from, or submitted to the local SMSC for a local
 * sender. Receipts reach the SMSC and other villages with esm_class {@link EsmClass#TYPE_SME_DELIVERY_ACK}, which
 * osmo-msc turns into an SMS-STATUS-REPORT for the phone, carrying the user_message_reference of the original.
 */
public final class SmsRouter {

    private static final Logger LOG = LoggerFactory.getLogger(SmsRouter.class);

    /** What osmo-msc answers as message_id to every submit_sm; it identifies nothing. */
    static final String OSMO_PLACEHOLDER_ID = "msg_id_not_implemented";
    static final int USER_MESSAGE_REFERENCE = 0x0204;
    static final int RECEIPTED_MESSAGE_ID = 0x001e;
    private static final long SEEN_PURGE_INTERVAL_MILLIS = 3_600_000L;
    private static final DateTimeFormatter RECEIPT_DATE =
            DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

    private enum Attempt { LOOKUP, FORWARD, SUBMIT }

    private record CachedLookup(Optional<ServiceAddress> address, long until) {
    }

    private final SmsStore store;
    private final RouterConfig config;
    private final RandomGenerator random;
    private final Map<SmsId, SmsRecord> records = new LinkedHashMap<>();
    private final Map<SmsId, Attempt> inFlight = new HashMap<>();
    private final Map<String, List<SmsId>> lookupWaiters = new HashMap<>();
    private final Map<String, CachedLookup> lookupCache = new HashMap<>();
    private long nextSeenPurge;

    private long accepted;
    private long duplicates;
    private long forwarded;
    private long submittedLocally;
    private long receiptsMatched;
    private long receiptsUnmatched;
    private long failureReports;
    private long attemptsFailed;
    private long rejected;

    /** Loads the queue from the store; records that were in flight when the process stopped are due again. */
    public SmsRouter(SmsStore store, RouterConfig config, RandomGenerator random, long now) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.random = Objects.requireNonNull(random, "random");
        for (SmsRecord r : store.loadAll()) {
            records.put(r.id(), r);
        }
        nextSeenPurge = now + SEEN_PURGE_INTERVAL_MILLIS;
        if (!records.isEmpty()) {
            LOG.info("SMS queue holds {} record(s) from before the restart", records.size());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Events

    /** A deliver_sm from the local SMSC: an SMS of a local subscriber, or a receipt of the local MSC. */
    public Intake onLocalDeliver(ShortMessage received, long now) {
        ShortMessage message = received.withoutTlvs(DgsmTlvs::isOurs);
        if (EsmClass.isReport(message.esmClass())) {
            return receiptFromLocalSmsc(message, now);
        }
        if (Msisdn.lookupDigits(message.destination().address()).isEmpty()) {
            rejected++;
            return Intake.rejected(SmppStatus.RINVDSTADR, "destination '" + message.destination().address()
                    + "' is not an MSISDN (1 to 15 digits)");
        }
        SmsRecord record = SmsRecord.pending(SmsId.random(random), RecordKind.MESSAGE, Origin.LOCAL_SMSC,
                Route.LOOKUP, null, message, null, null, now, expiry(now));
        if (!commit(List.of(new StoreChange.Insert(record)), "store an SMS from the local SMSC")) {
            rejected++;
            return Intake.rejected(SmppStatus.RSYSERR, "cannot store the SMS");
        }
        records.put(record.id(), record);
        accepted++;
        LOG.debug("stored SMS {} from the local SMSC: {}", record.id(), message);
        return Intake.accepted(record.id(), startDueAttempts(now));
    }

    /** A submit_sm from another village: an SMS for a subscriber attached here, or a receipt for one of ours. */
    public Intake onPeerSubmit(ShortMessage received, long now) {
        Optional<SmsId> id;
        Optional<SmsId> reference;
        Optional<ServiceAddress> replyTo;
        try {
            id = DgsmTlvs.messageId(received.tlvs());
            reference = DgsmTlvs.reference(received.tlvs());
            replyTo = DgsmTlvs.replyTo(received.tlvs());
        } catch (MalformedTlvException e) {
            rejected++;
            return Intake.rejected(SmppStatus.RINVOPTPARAMVAL, e.getMessage());
        }
        ShortMessage message = received.withoutTlvs(DgsmTlvs::isOurs);
        SmsId recordId = id.orElseGet(() -> SmsId.random(random));
        if (id.isPresent()) {
            try {
                if (records.containsKey(recordId) || store.isSeen(recordId)) {
                    duplicates++;
                    LOG.debug("{} {} from a peer is a retransmission; acknowledged, not delivered again",
                            EsmClass.isReport(message.esmClass()) ? "receipt" : "SMS", recordId);
                    return Intake.accepted(recordId, startDueAttempts(now));
                }
            } catch (StoreException e) {
                LOG.error("cannot check SMS id {}: {}", recordId, e.getMessage());
                rejected++;
                return Intake.rejected(SmppStatus.RSYSERR, "cannot check the SMS id");
            }
        }
        List<StoreChange> changes = new ArrayList<>();
        SmsRecord record;
        SmsRecord original = null;
        if (EsmClass.isReport(message.esmClass())) {
            original = reference.map(records::get)
                    .filter(r -> r.kind() == RecordKind.MESSAGE && r.origin() == Origin.LOCAL_SMSC).orElse(null);
            Optional<Tlv> reference16 = original != null ? original.message().tlv(USER_MESSAGE_REFERENCE)
                    : message.tlv(USER_MESSAGE_REFERENCE);
            record = SmsRecord.pending(recordId, RecordKind.RECEIPT, Origin.PEER, Route.LOCAL, null,
                    asReceipt(message, reference16), null, reference.orElse(null), now, expiry(now));
            if (original != null) {
                changes.add(new StoreChange.Delete(original.id()));
            }
        } else {
            if (Msisdn.lookupDigits(message.destination().address()).isEmpty()) {
                rejected++;
                return Intake.rejected(SmppStatus.RINVDSTADR, "destination '" + message.destination().address()
                        + "' is not an MSISDN (1 to 15 digits)");
            }
            record = SmsRecord.pending(recordId, RecordKind.MESSAGE, Origin.PEER, Route.LOCAL, null, message,
                    replyTo.orElse(null), null, now, expiry(now));
        }
        changes.add(new StoreChange.Insert(record));
        changes.add(new StoreChange.MarkSeen(recordId, now));
        if (!commit(changes, "store an SMS from a peer")) {
            rejected++;
            return Intake.rejected(SmppStatus.RSYSERR, "cannot store the SMS");
        }
        if (original != null) {
            records.remove(original.id());
            inFlight.remove(original.id());
            receiptsMatched++;
        }
        records.put(recordId, record);
        accepted++;
        LOG.debug("stored {} {} from a peer: {}", record.kind(), recordId, message);
        return Intake.accepted(recordId, startDueAttempts(now));
    }

    /** The answer to a {@link RouterAction.Lookup}; empty when no village answered. */
    public List<RouterAction> onLookupResult(String msisdn, Optional<ServiceAddress> found, long now) {
        if (config.lookupCacheTtl().toMillis() > 0) {
            lookupCache.put(msisdn, new CachedLookup(found, now + config.lookupCacheTtl().toMillis()));
        }
        List<RouterAction> actions = new ArrayList<>();
        List<SmsId> waiting = lookupWaiters.remove(msisdn);
        if (waiting != null) {
            for (SmsId id : waiting) {
                inFlight.remove(id);
                SmsRecord r = records.get(id);
                if (r != null && r.state() == RecordState.PENDING) {
                    actions.addAll(routeTo(r, found, now));
                }
            }
        }
        actions.addAll(startDueAttempts(now));
        return actions;
    }

    /** The outcome of a {@link RouterAction.Forward}. */
    public List<RouterAction> onForwardOutcome(SmsId id, AttemptOutcome outcome, long now) {
        return onOutcome(id, outcome, Attempt.FORWARD, now);
    }

    /** The outcome of a {@link RouterAction.SubmitLocal}. */
    public List<RouterAction> onSubmitOutcome(SmsId id, AttemptOutcome outcome, long now) {
        return onOutcome(id, outcome, Attempt.SUBMIT, now);
    }

    /** Time has passed: start due attempts, give up expired ones, forget old state. */
    public List<RouterAction> onTimer(long now) {
        if (now >= nextSeenPurge) {
            nextSeenPurge = now + SEEN_PURGE_INTERVAL_MILLIS;
            lookupCache.values().removeIf(c -> c.until() <= now);
            try {
                int purged = store.purgeSeen(now - config.dedupeRetention().toMillis());
                if (purged > 0) {
                    LOG.info("forgot {} SMS id(s) received from peers more than {} ago", purged,
                            config.dedupeRetention());
                }
            } catch (StoreException e) {
                LOG.warn("cannot purge old SMS ids: {}", e.getMessage());
            }
        }
        return startDueAttempts(now);
    }

    /** When {@link #onTimer} should be called next, or {@link Long#MAX_VALUE} if nothing waits for time. */
    public long nextWakeup() {
        long next = nextSeenPurge;
        boolean canStart = inFlight.size() < config.maxInFlight();
        for (SmsRecord r : records.values()) {
            if (r.state() == RecordState.AWAITING_RECEIPT) {
                next = Math.min(next, r.expiresAt());
            } else if (canStart && !inFlight.containsKey(r.id())) {
                next = Math.min(next, Math.min(r.nextAttemptAt(), r.expiresAt()));
            }
        }
        return next;
    }

    public List<QueuedSms> queue() {
        return records.values().stream().map(r -> QueuedSms.of(r, inFlight.containsKey(r.id()))).toList();
    }

    public int size() {
        return records.size();
    }

    public RouterCounters counters() {
        return new RouterCounters(accepted, duplicates, forwarded, submittedLocally, receiptsMatched,
                receiptsUnmatched, failureReports, attemptsFailed, rejected);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Receipts

    private Intake receiptFromLocalSmsc(ShortMessage receipt, long now) {
        Optional<SmsRecord> match = matchLocalReceipt(receipt);
        if (match.isEmpty()) {
            receiptsUnmatched++;
            LOG.warn("receipt from the local SMSC matches no SMS handed on by this village, dropped: {}", receipt);
            return Intake.accepted(null, startDueAttempts(now));
        }
        SmsRecord original = match.get();
        Route route;
        ServiceAddress target = null;
        if (original.origin() == Origin.LOCAL_SMSC) {
            route = Route.LOCAL;
        } else if (original.replyTo() != null) {
            route = Route.DIRECT;
            target = original.replyTo();
        } else {
            route = Route.LOOKUP; // a peer without reply-to (osmo's esme_dgsm.py): find the sender by mslookup
        }
        SmsRecord record = SmsRecord.pending(SmsId.random(random), RecordKind.RECEIPT, Origin.LOCAL_SMSC, route,
                target, asReceipt(receipt, original.message().tlv(USER_MESSAGE_REFERENCE)), null, original.id(), now,
                expiry(now));
        if (!commit(List.of(new StoreChange.Delete(original.id()), new StoreChange.Insert(record)),
                "store a receipt of the local SMSC")) {
            rejected++;
            return Intake.rejected(SmppStatus.RSYSERR, "cannot store the receipt");
        }
        records.remove(original.id());
        inFlight.remove(original.id()); // a receipt may overtake the submit_sm_resp it follows
        records.put(record.id(), record);
        receiptsMatched++;
        accepted++;
        LOG.debug("receipt {} of the local SMSC reports on SMS {}; next hop {}", record.id(), original.id(), route);
        return Intake.accepted(record.id(), startDueAttempts(now));
    }

    /**
     * The SMS a receipt of the local SMSC reports on: among messages submitted to the local SMSC (answered or still
     * waiting for the answer), the one with the SMSC's message id, else the oldest whose addresses are the receipt's
     * swapped and whose user_message_reference (if both have one) is the receipt's.
     */
    private Optional<SmsRecord> matchLocalReceipt(ShortMessage receipt) {
        List<SmsRecord> candidates = records.values().stream()
                .filter(r -> r.kind() == RecordKind.MESSAGE)
                .filter(r -> (r.state() == RecordState.AWAITING_RECEIPT && r.route() != Route.DIRECT
                        && r.smscMessageId() != null) || inFlight.get(r.id()) == Attempt.SUBMIT)
                .toList();
        Optional<String> smscId = receiptedId(receipt);
        if (smscId.isPresent()) {
            Optional<SmsRecord> byId = candidates.stream()
                    .filter(r -> r.smscMessageId() != null && !r.smscMessageId().isEmpty()
                            && !r.smscMessageId().equals(OSMO_PLACEHOLDER_ID)
                            && r.smscMessageId().equalsIgnoreCase(smscId.get()))
                    .findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        Optional<Tlv> reference = receipt.tlv(USER_MESSAGE_REFERENCE);
        return candidates.stream()
                .filter(r -> r.message().destination().address().equals(receipt.source().address())
                        && r.message().source().address().equals(receipt.destination().address()))
                .filter(r -> reference.isEmpty() || r.message().tlv(USER_MESSAGE_REFERENCE).isEmpty()
                        || r.message().tlv(USER_MESSAGE_REFERENCE).equals(reference))
                .min(Comparator.comparingLong(SmsRecord::createdAt));
    }

    /** The SMSC message id a receipt names: the receipted_message_id TLV, else the id field of its text. */
    private static Optional<String> receiptedId(ShortMessage receipt) {
        Optional<Tlv> tlv = receipt.tlv(RECEIPTED_MESSAGE_ID);
        if (tlv.isPresent()) {
            String text = new String(tlv.get().value(), StandardCharsets.ISO_8859_1);
            int nul = text.indexOf('\0');
            text = nul >= 0 ? text.substring(0, nul) : text;
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        try {
            return Optional.of(DeliveryReceipt.parse(receipt.shortMessage()).id());
        } catch (MalformedReceiptException e) {
            return Optional.empty();
        }
    }

    /** A receipt as it leaves this village: SME delivery ack, no receipt of its own, the original's reference. */
    private static ShortMessage asReceipt(ShortMessage m, Optional<Tlv> userMessageReference) {
        ShortMessage receipt = new ShortMessage(m.serviceType(), m.source(), m.destination(),
                EsmClass.TYPE_SME_DELIVERY_ACK, m.protocolId(), m.priorityFlag(), "", "", 0, 0, m.dataCoding(), 0,
                m.shortMessage(), m.tlvs());
        return userMessageReference.map(receipt::replacingTlv).orElse(receipt);
    }

    /** The report a sender gets when its SMS is given up. */
    private SmsRecord failureReport(SmsRecord r, String stat, int status, long now) {
        ShortMessage m = r.message();
        DeliveryReceipt text = new DeliveryReceipt(r.id().hex(), "001", "000",
                RECEIPT_DATE.format(Instant.ofEpochMilli(r.createdAt())), RECEIPT_DATE.format(Instant.ofEpochMilli(now)),
                stat, String.format("%03d", status & 0xff), "");
        List<Tlv> tlvs = m.tlv(USER_MESSAGE_REFERENCE).map(List::of).orElse(List.of());
        ShortMessage report = new ShortMessage(m.serviceType(), m.destination(), m.source(),
                EsmClass.TYPE_SME_DELIVERY_ACK, m.protocolId(), 0, "", "", 0, 0, 0,
                0, text.format().getBytes(StandardCharsets.US_ASCII), tlvs);
        Route route;
        ServiceAddress target = null;
        if (r.origin() == Origin.LOCAL_SMSC) {
            route = Route.LOCAL;
        } else if (r.replyTo() != null) {
            route = Route.DIRECT;
            target = r.replyTo();
        } else {
            route = Route.LOOKUP;
        }
        return SmsRecord.pending(SmsId.random(random), RecordKind.RECEIPT, r.origin(), route, target, report, null,
                r.id(), now, expiry(now));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Attempts

    private List<RouterAction> startDueAttempts(long now) {
        List<RouterAction> actions = new ArrayList<>();
        dropUnansweredReceiptWaits(now);
        // a record given up is replaced by a failure report that is due at once: a second pass starts it
        for (int pass = 0; pass < 2; pass++) {
            boolean gaveUp = false;
            List<SmsRecord> due = records.values().stream()
                    .filter(r -> r.state() == RecordState.PENDING && !inFlight.containsKey(r.id()))
                    .filter(r -> r.nextAttemptAt() <= now || r.expiresAt() <= now)
                    .sorted(Comparator.comparingLong(SmsRecord::nextAttemptAt)
                            .thenComparingLong(SmsRecord::createdAt))
                    .toList();
            for (SmsRecord r : due) {
                if (now >= r.expiresAt()) {
                    giveUp(r, "EXPIRED", 0, "not delivered before expiry (" + r.attempts() + " attempts, last: "
                            + r.lastError() + ")", now);
                    gaveUp = true;
                    continue;
                }
                if (inFlight.size() >= config.maxInFlight()) {
                    break;
                }
                actions.addAll(startAttempt(r, now));
            }
            if (!gaveUp) {
                break;
            }
        }
        return actions;
    }

    private void dropUnansweredReceiptWaits(long now) {
        List<SmsRecord> stale = records.values().stream()
                .filter(r -> r.state() == RecordState.AWAITING_RECEIPT && r.expiresAt() <= now)
                .toList();
        if (stale.isEmpty()) {
            return;
        }
        List<StoreChange> changes = stale.stream().<StoreChange>map(r -> new StoreChange.Delete(r.id())).toList();
        if (commit(changes, "drop SMS whose receipt never came")) {
            stale.forEach(r -> records.remove(r.id()));
            LOG.info("no receipt came within {} for {} SMS; forgotten", config.receiptWait(), stale.size());
        }
    }

    private List<RouterAction> startAttempt(SmsRecord r, long now) {
        switch (r.route()) {
            case LOCAL:
                inFlight.put(r.id(), Attempt.SUBMIT);
                return List.of(new RouterAction.SubmitLocal(r.id(), r.message()));
            case DIRECT:
                inFlight.put(r.id(), Attempt.FORWARD);
                return List.of(new RouterAction.Forward(r.id(), r.target(), outgoing(r)));
            case LOOKUP:
            default:
                Optional<String> msisdn = Msisdn.lookupDigits(r.message().destination().address());
                if (msisdn.isEmpty()) {
                    giveUp(r, "UNDELIV", SmppStatus.RINVDSTADR, "destination is not an MSISDN", now);
                    return List.of();
                }
                CachedLookup cached = lookupCache.get(msisdn.get());
                if (cached != null && cached.until() > now) {
                    return routeTo(r, cached.address(), now);
                }
                inFlight.put(r.id(), Attempt.LOOKUP);
                List<SmsId> waiters = lookupWaiters.get(msisdn.get());
                if (waiters != null) {
                    waiters.add(r.id());
                    return List.of();
                }
                waiters = new ArrayList<>();
                waiters.add(r.id());
                lookupWaiters.put(msisdn.get(), waiters);
                return List.of(new RouterAction.Lookup(msisdn.get()));
        }
    }

    private List<RouterAction> routeTo(SmsRecord r, Optional<ServiceAddress> found, long now) {
        if (found.isEmpty()) {
            attemptFailed(r, "no village answers smpp.sms." + r.message().destination().address() + ".msisdn", now);
            return List.of();
        }
        if (found.get().equals(config.ownAddress())) {
            inFlight.put(r.id(), Attempt.SUBMIT);
            return List.of(new RouterAction.SubmitLocal(r.id(), r.message()));
        }
        inFlight.put(r.id(), Attempt.FORWARD);
        return List.of(new RouterAction.Forward(r.id(), found.get(), outgoing(r)));
    }

    /** The message as sent to another village: with its id, and a reply-to (SMS) or reference (receipt). */
    private ShortMessage outgoing(SmsRecord r) {
        List<Tlv> ours = new ArrayList<>();
        ours.add(DgsmTlvs.messageId(r.id()));
        if (r.kind() == RecordKind.MESSAGE) {
            ours.add(DgsmTlvs.replyTo(config.ownAddress()));
        } else if (r.reference() != null) {
            ours.add(DgsmTlvs.reference(r.reference()));
        }
        return r.message().plusTlvs(ours);
    }

    private List<RouterAction> onOutcome(SmsId id, AttemptOutcome outcome, Attempt attempt, long now) {
        if (inFlight.get(id) == attempt) {
            inFlight.remove(id);
        }
        SmsRecord r = records.get(id);
        if (r == null || r.state() != RecordState.PENDING) {
            return startDueAttempts(now); // settled meanwhile (a receipt overtook the answer)
        }
        if (outcome instanceof AttemptOutcome.Accepted ok) {
            if (attempt == Attempt.FORWARD) {
                forwarded++;
            } else {
                submittedLocally++;
            }
            handedOn(r, attempt, ok.messageId(), now);
        } else if (outcome instanceof AttemptOutcome.Rejected no && SmppStatus.isPermanent(no.status())) {
            giveUp(r, attempt == Attempt.FORWARD ? "REJECTD" : "UNDELIV", no.status(),
                    "rejected with " + SmppStatus.describe(no.status()) + detail(no.detail()), now);
        } else {
            String reason = outcome instanceof AttemptOutcome.Rejected no
                    ? "rejected with " + SmppStatus.describe(no.status()) + detail(no.detail())
                    : ((AttemptOutcome.LinkFailed) outcome).reason();
            if (attempt == Attempt.FORWARD && r.route() == Route.LOOKUP) {
                Msisdn.lookupDigits(r.message().destination().address()).ifPresent(lookupCache::remove);
            }
            attemptFailed(r, reason, now);
        }
        return startDueAttempts(now);
    }

    private static String detail(String detail) {
        return detail == null || detail.isEmpty() ? "" : " (" + detail + ")";
    }

    private void handedOn(SmsRecord r, Attempt attempt, String messageId, long now) {
        boolean wantsReceipt = r.kind() == RecordKind.MESSAGE && (r.message().registeredDelivery() & 0x03) != 0
                && (attempt == Attempt.SUBMIT || r.origin() == Origin.LOCAL_SMSC);
        // Memory follows even if the store fails: the row then still says PENDING and, after a restart, the
        // message goes out once more, which the receiver's id check (or the SMSC) absorbs.
        if (wantsReceipt) {
            SmsRecord waiting = r.awaitingReceipt(r.attempts() + 1, now + config.receiptWait().toMillis(),
                    attempt == Attempt.SUBMIT ? (messageId == null ? "" : messageId) : null);
            commit(List.of(new StoreChange.Update(waiting)), "mark an SMS handed on");
            records.put(r.id(), waiting);
        } else {
            commit(List.of(new StoreChange.Delete(r.id())), "remove a delivered SMS");
            records.remove(r.id());
        }
        LOG.debug("{} {} handed on ({})", r.kind(), r.id(), attempt);
    }

    private void attemptFailed(SmsRecord r, String reason, long now) {
        attemptsFailed++;
        int attempts = r.attempts() + 1;
        long next = Math.min(now + config.retry().delayMillis(attempts, random.nextDouble()), r.expiresAt());
        SmsRecord retry = r.retryAt(next, attempts, reason);
        commit(List.of(new StoreChange.Update(retry)), "reschedule an SMS");
        records.put(r.id(), retry); // even if the store failed: retrying is what the stored row says anyway
        LOG.info("{} {} to {}: attempt {} failed ({}); next in {} ms", r.kind(), r.id(),
                r.message().destination().address(), attempts, reason, next - now);
    }

    /** Gives a record up: a message is replaced by a failure report to its sender, a receipt is dropped. */
    private void giveUp(SmsRecord r, String stat, int status, String why, long now) {
        List<StoreChange> changes = new ArrayList<>();
        changes.add(new StoreChange.Delete(r.id()));
        SmsRecord report = r.kind() == RecordKind.MESSAGE ? failureReport(r, stat, status, now) : null;
        if (report != null) {
            changes.add(new StoreChange.Insert(report));
        }
        if (!commit(changes, "give up an SMS")) {
            records.put(r.id(), r.retryAt(now + config.retry().initialDelay().toMillis(), r.attempts(),
                    "cannot store the failure report"));
            return;
        }
        records.remove(r.id());
        if (report != null) {
            records.put(report.id(), report);
            failureReports++;
        }
        LOG.warn("gave up {} {} from {} to {}: {}", r.kind(), r.id(), r.message().source().address(),
                r.message().destination().address(), why);
    }

    private long expiry(long now) {
        return now + config.retry().expiry().toMillis();
    }

    private boolean commit(List<StoreChange> changes, String what) {
        try {
            store.apply(changes);
            return true;
        } catch (StoreException e) {
            LOG.error("cannot {}: {}", what, e.getMessage());
            return false;
        }
    }
}
