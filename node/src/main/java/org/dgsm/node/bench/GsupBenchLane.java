package org.dgsm.node.bench;

import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientListener;

/**
 * One bench connection: claims the next transaction when the last one is over, and runs it through its {@link
 * GsupBenchTransaction}. Everything happens on the connection's event loop.
 */
final class GsupBenchLane implements GsupClientListener {

    private final GsupBench.Run run;
    private final GsupBenchTransaction transaction;
    private final long timeoutMillis;
    private GsupClient client;
    private long startedAt;
    private ScheduledFuture<?> timeout;

    GsupBenchLane(GsupBench.Run run, GsupBenchTransaction transaction, long timeoutMillis) {
        this.run = run;
        this.transaction = transaction;
        this.timeoutMillis = timeoutMillis;
    }

    void attach(GsupClient client) {
        this.client = client;
    }

    void start() {
        client.eventLoop().execute(this::next);
    }

    @Override
    public void onMessage(GsupMessage message) {
        GsupBenchTransaction.Step step = transaction.onMessage(message);
        for (GsupMessage reply : step.send()) {
            client.send(reply);
        }
        if (step.outcome() != null) {
            finish(step.outcome());
        }
    }

    private void next() {
        if (!client.isReady()) {
            // the link is down: go on once it is back (a run that cannot finish is bounded by GsupBench)
            client.whenReady().thenRun(() -> client.eventLoop().execute(this::next));
            return;
        }
        String imsi = run.claim();
        if (imsi == null) {
            return;
        }
        GsupMessage request = transaction.begin(imsi);
        startedAt = System.nanoTime();
        run.started(startedAt);
        if (!client.send(request)) {
            transaction.abandon();
            run.done(GsupBenchTransaction.Outcome.FAILURE, 0, System.nanoTime());
            client.eventLoop().execute(this::next);
            return;
        }
        timeout = client.eventLoop().schedule(this::onTimeout, timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private void onTimeout() {
        timeout = null;
        if (transaction.isOpen()) {
            transaction.abandon();
            run.done(GsupBenchTransaction.Outcome.FAILURE, 0, System.nanoTime());
            next();
        }
    }

    private void finish(GsupBenchTransaction.Outcome outcome) {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
        long now = System.nanoTime();
        run.done(outcome, now - startedAt, now);
        next();
    }
}
