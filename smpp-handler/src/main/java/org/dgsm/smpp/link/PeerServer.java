package org.dgsm.smpp.link;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.queue.Intake;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The SMPP server other villages bind to (transceiver or transmitter, with the configured system_id and password)
 * to hand over SMS and receipts by submit_sm. Each submit_sm goes to the intake function and is answered with its
 * status; only submit_sm is supported.
 */
public final class PeerServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeerServer.class);
    /** system_id this server reports in its bind responses. */
    static final String SERVER_SYSTEM_ID = "dgsm";

    private final ServerSocket serverSocket;
    private final String systemId;
    private final String password;
    private final Duration bindTimeout;
    private final Duration enquireLinkInterval;
    private final Function<ShortMessage, Intake> intake;
    private final AtomicLong malformed;
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final ExecutorService binders;
    private final Thread acceptor;
    private volatile boolean closed;

    private PeerServer(ServerSocket serverSocket, String systemId, String password, Duration bindTimeout,
                       Duration enquireLinkInterval, Function<ShortMessage, Intake> intake, AtomicLong malformed) {
        this.serverSocket = serverSocket;
        this.systemId = systemId;
        this.password = password;
        this.bindTimeout = bindTimeout;
        this.enquireLinkInterval = enquireLinkInterval;
        this.intake = intake;
        this.malformed = malformed;
        AtomicInteger n = new AtomicInteger();
        this.binders = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "peer-bind-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "peer-server");
        this.acceptor.setDaemon(true);
    }

    /** Listens on {@code listen} (port 0: any free port, see {@link #localAddress()}). */
    public static PeerServer start(InetSocketAddress listen, String systemId, String password, Duration bindTimeout,
                                   Duration enquireLinkInterval, Function<ShortMessage, Intake> intake,
                                   AtomicLong malformed) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(listen, 64);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot listen for villages on " + listen + ": " + e.getMessage(), e);
        }
        PeerServer server = new PeerServer(socket, systemId, password, bindTimeout, enquireLinkInterval, intake,
                malformed);
        server.acceptor.start();
        LOG.info("listening for villages on {}", server.localAddress());
        return server;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    /** Villages bound right now. */
    public int boundSessions() {
        return (int) sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("accepting village connections failed: {}", e.getMessage());
                }
                return;
            }
            try {
                binders.execute(() -> serve(socket));
            } catch (RuntimeException e) {
                closeQuietly(socket);
            }
        }
    }

    private void serve(Socket socket) {
        String peer = String.valueOf(socket.getRemoteSocketAddress());
        SMPPServerSession session;
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.setSoTimeout((int) bindTimeout.toMillis());
            SocketConnection connection = new SocketConnection(socket);
            SynchronizedPDUSender sender = new SynchronizedPDUSender(new DefaultPDUSender());
            GuardedPduReader reader = new GuardedPduReader(sender, "village " + peer, malformed);
            reader.attach(connection.getOutputStream());
            session = new SMPPServerSession(connection, (newState, oldState, source) -> { }, new Listener(), null,
                    4, 1000, sender, reader);
            reader.guard(session);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot serve village connection from {}: {}", peer, e.toString());
            closeQuietly(socket);
            return;
        }
        sessions.add(session);
        session.addSessionStateListener((newState, oldState, source) -> {
            if (newState == SessionState.CLOSED) {
                sessions.remove(session);
            }
        });
        session.setEnquireLinkTimer((int) enquireLinkInterval.toMillis());
        session.setTransactionTimer(bindTimeout.toMillis());
        if (closed) {
            session.close();
            return;
        }
        try {
            BindRequest request = session.waitForBind(bindTimeout.toMillis());
            if (!systemId.equals(request.getSystemId())) {
                LOG.warn("village {} tried to bind as '{}', expected '{}'", peer, request.getSystemId(), systemId);
                request.reject(SmppStatus.RINVSYSID);
                session.close();
            } else if (!password.equals(request.getPassword())) {
                LOG.warn("village {} tried to bind as '{}' with a wrong password", peer, request.getSystemId());
                request.reject(SmppStatus.RINVPASWD);
                session.close();
            } else {
                request.accept(SERVER_SYSTEM_ID, InterfaceVersion.IF_34);
                LOG.info("village {} bound ({})", peer, request.getBindType());
            }
        } catch (TimeoutException e) {
            LOG.info("connection from {} did not bind within {}", peer, bindTimeout);
            session.close();
        } catch (IOException | PDUStringException | IllegalStateException e) {
            LOG.warn("bind of {} failed: {}", peer, e.toString());
            session.close();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do with it
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.debug("closing the village listener: {}", e.getMessage());
        }
        for (SMPPServerSession session : List.copyOf(sessions)) {
            session.close();
        }
        binders.shutdownNow();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            ShortMessage message;
            try {
                message = JsmppMessages.fromRequest(submitSm);
            } catch (IllegalArgumentException e) {
                throw new ProcessRequestException("malformed submit_sm: " + e.getMessage(), SmppStatus.RINVMSGLEN);
            }
            Intake result = intake.apply(message);
            if (!result.isAccepted()) {
                LOG.warn("refused submit_sm from village {} with {}: {}", source.getInetAddress(),
                        SmppStatus.describe(result.status()), result.detail());
                throw new ProcessRequestException(result.detail(), result.status());
            }
            try {
                return new SubmitSmResult(new MessageId(result.id() == null ? "" : result.id().hex()),
                        new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException("cannot encode message id", SmppStatus.RSYSERR);
            }
        }

        private ProcessRequestException unsupported(String what) {
            return new ProcessRequestException(what + " is not supported by this village", SmppStatus.RINVCMDID);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported("submit_multi");
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported("query_sm");
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported("replace_sm");
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported("cancel_sm");
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported("broadcast_sm");
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported("cancel_broadcast_sm");
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported("query_broadcast_sm");
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported("data_sm");
        }
    }
}
