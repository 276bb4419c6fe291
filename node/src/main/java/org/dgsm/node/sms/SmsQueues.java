package org.dgsm.node.sms;

import org.dgsm.node.status.SmsQueueSummary;
import org.dgsm.smpp.queue.QueuedSms;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The SMS queue as the status page sums it up. */
public final class SmsQueues {

    private SmsQueues() {
    }

    public static SmsQueueSummary summary(List<QueuedSms> queue) {
        List<QueuedSms> waiting = queue.stream().filter(q -> !q.state().equals("awaiting-receipt")).toList();
        Instant oldest = waiting.stream().map(QueuedSms::createdAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Instant next = waiting.stream().map(QueuedSms::nextAttemptAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new SmsQueueSummary(waiting.size(), oldest, next);
    }
}
