package org.dgsm.smpp.link;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.queue.AttemptOutcome;
import org.dgsm.smpp.queue.Intake;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The ESME bound (as transceiver) to the local SMSC: MO SMS and receipts arrive as deliver_sm and go to the
 * intake function, which answers only after the message is stored; MT SMS and receipts leave as submit_sm. A keeper
 * thread binds, notices a lost bind and binds again with a growing delay, until closed.
 */
public final class SmscLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmscLink.class);
    /** How long closing waits for the SMSC's unbind_resp. */
    private static final long UNBIND_WAIT_MILLIS = 2_000;

    private final SmscLinkConfig config;
    private final Function<ShortMessage, Intake> intake;
    private final Executor workers;
    private final AtomicLong malformed;
    private final Thread keeper;
    private final Object wakeup = new Object();
    private volatile SubmittingSession session;
    private volatile boolean closed;

    private SmscLink(SmscLinkConfig config, Function<ShortMessage, Intake> intake, Executor workers,
                     AtomicLong malformed) {
        this.config = config;
        this.intake = intake;
        this.workers = workers;
        this.malformed = malformed;
        this.keeper = new Thread(this::keepBound, "smsc-link");
        this.keeper.setDaemon(true);
    }

    /** A link that does nothing until {@link #start()}. */
    public static SmscLink create(SmscLinkConfig config, Function<ShortMessage, Intake> intake, Executor workers,
                                  AtomicLong malformed) {
        return new SmscLink(config, intake, workers, malformed);
    }

    /** Starts binding in the background; {@link #isBound()} tells when it succeeded. */
    public void start() {
        keeper.start();
    }

    public boolean isBound() {
        SubmittingSession s = session;
        return s != null && s.getSessionState().isBound();
    }

    /** submit_sm on the current bind; a link failure if there is none. Runs on the worker executor. */
    public CompletableFuture<AttemptOutcome> submit(ShortMessage message) {
        return CompletableFuture.supplyAsync(() -> {
            SubmittingSession s = session;
            if (s == null || !s.getSessionState().isBound()) {
                return new AttemptOutcome.LinkFailed("not bound to the local SMSC " + where());
            }
            return Submits.submit(s, message, config.responseTimeout().toMillis(), "the local SMSC");
        }, workers);
    }

    private String where() {
        return config.host() + ":" + config.port();
    }

    private void keepBound() {
        long delay = config.reconnectDelay().toMillis();
        while (!closed) {
            SynchronizedPDUSender sender = new SynchronizedPDUSender(new DefaultPDUSender());
            GuardedPduReader reader = new GuardedPduReader(sender, "local SMSC " + where(), malformed);
            SubmittingSession s = new SubmittingSession(sender, reader,
                    new SocketConnector((int) config.connectTimeout().toMillis(), reader));
            CountDownLatch lost = new CountDownLatch(1);
            s.addSessionStateListener((newState, oldState, source) -> {
                if (newState == SessionState.CLOSED) {
                    lost.countDown();
                }
            });
            s.setEnquireLinkTimer((int) config.enquireLinkInterval().toMillis());
            s.setTransactionTimer(config.responseTimeout().toMillis());
            s.setPduProcessorDegree(4);
            s.setQueueCapacity(1000);
            s.setMessageReceiverListener(new Listener());
            try {
                s.connectAndBind(config.host(), config.port(), new BindParameter(BindType.BIND_TRX,
                        config.systemId(), config.password(), config.systemType(), TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN, null), config.bindTimeout().toMillis());
                session = s;
                delay = config.reconnectDelay().toMillis();
                LOG.info("bound as ESME '{}' to the local SMSC {}", config.systemId(), where());
                while (!closed && !lost.await(1, TimeUnit.SECONDS)) {
                    // bound; wait for the connection to end
                }
                session = null;
                if (!closed) {
                    LOG.warn("lost the bind to the local SMSC {}; binding again in {} ms", where(), delay);
                }
            } catch (IOException e) {
                s.close();
                LOG.warn("cannot bind to the local SMSC {}: {}; next try in {} ms", where(), e.getMessage(), delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                s.close();
                LOG.error("binding to the local SMSC {} failed: {}", where(), e.toString());
            }
            if (closed) {
                s.unbindAndClose(UNBIND_WAIT_MILLIS);
                break;
            }
            synchronized (wakeup) {
                try {
                    wakeup.wait(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            delay = Math.min(delay * 2, config.reconnectDelayMax().toMillis());
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wakeup) {
            wakeup.notifyAll();
        }
        SubmittingSession s = session;
        if (s != null) {
            s.unbindAndClose(UNBIND_WAIT_MILLIS);
        }
        try {
            if (keeper.isAlive()) {
                keeper.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            ShortMessage message;
            try {
                message = JsmppMessages.fromRequest(deliverSm);
            } catch (IllegalArgumentException e) {
                throw new ProcessRequestException("malformed deliver_sm: " + e.getMessage(), SmppStatus.RINVMSGLEN);
            }
            Intake result = intake.apply(message);
            if (!result.isAccepted()) {
                LOG.warn("refused deliver_sm from the local SMSC with {}: {}", SmppStatus.describe(result.status()),
                        result.detail());
                throw new ProcessRequestException(result.detail(), result.status());
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            LOG.debug("alert_notification from the local SMSC for {}", alertNotification.getSourceAddr());
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not supported, send deliver_sm", SmppStatus.RINVCMDID);
        }
    }
}
