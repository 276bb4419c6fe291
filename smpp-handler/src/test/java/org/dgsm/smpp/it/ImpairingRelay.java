package org.dgsm.smpp.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on loopback that makes the link between two villages bad, in user space (these kernels have no netem).
 *
 * <p>The model. TCP hides packet loss from the application: a lost segment is retransmitted after a retransmission
 * timeout (RTO, at least 200 ms on Linux, doubling while losses repeat), and everything behind it waits (head-of-line
 * blocking). What an SMPP peer sees of a lossy link is therefore delay spikes, and - when the link breaks - dead or
 * reset connections. The relay reproduces exactly that, per direction of every connection:
 * <ul>
 *   <li>every chunk read (a "segment") is lost with probability {@code segmentLoss}: it is then delivered only after
 *       the current RTO, which starts at {@code rtoMillis} and doubles for each further loss in a row (capped at
 *       {@code maxRtoMillis}); later chunks queue behind it;</li>
 *   <li>every chunk also pays {@code oneWayDelayMillis} of propagation delay;</li>
 *   <li>with probability {@code resetPerSegment} a chunk is not delivered at all and the connection is reset on
 *       both sides (a link that breaks: whatever was in flight, e.g. a submit_sm_resp, is lost);</li>
 *   <li>with probability {@code stallPerConnection} a connection stops passing data after a few chunks without being
 *       closed (a half-dead link; only the peers' own timeouts notice it).</li>
 * </ul>
 * Independently, {@link #setDown(boolean)} takes the whole link down: nothing passes in either direction (new
 * connections complete at the relay but carry no data) until it comes back, when held data flows again.
 * {@link #loseNthChunkFromUpstream(int)} kills one connection deterministically after the n-th chunk from the far side,
 * dropping that chunk: a lost acknowledgement on demand.
 */
final class ImpairingRelay implements AutoCloseable {

    record Impairment(double segmentLoss, long rtoMillis, long maxRtoMillis, long oneWayDelayMillis,
                      double resetPerSegment, double stallPerConnection, long seed) {

        static Impairment none() {
            return new Impairment(0, 200, 200, 0, 0, 0, 1);
        }
    }

    private final ServerSocket listener;
    private final InetSocketAddress upstream;
    private final Impairment impairment;
    private final Random random;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object linkState = new Object();
    private volatile boolean down;
    private volatile boolean closed;
    private volatile int loseChunk;
    private final Thread acceptor;

    final AtomicLong connections = new AtomicLong();
    final AtomicLong chunks = new AtomicLong();
    final AtomicLong delayedChunks = new AtomicLong();
    final AtomicLong resets = new AtomicLong();
    final AtomicLong stalls = new AtomicLong();

    private ImpairingRelay(ServerSocket listener, InetSocketAddress upstream, Impairment impairment) {
        this.listener = listener;
        this.upstream = upstream;
        this.impairment = impairment;
        this.random = new Random(impairment.seed());
        this.acceptor = new Thread(this::acceptLoop, "relay-" + listener.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    static ImpairingRelay start(InetSocketAddress listen, InetSocketAddress upstream, Impairment impairment)
            throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(listen, 64);
        ImpairingRelay relay = new ImpairingRelay(listener, upstream, impairment);
        relay.acceptor.start();
        return relay;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    void setDown(boolean value) {
        synchronized (linkState) {
            down = value;
            linkState.notifyAll();
        }
    }

    /** On the next connection that gets that far: drop its n-th chunk from upstream and reset it (once). */
    void loseNthChunkFromUpstream(int n) {
        loseChunk = n;
    }

    private synchronized double nextDouble() {
        return random.nextDouble();
    }

    private synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> connect(client), "relay-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        sockets.add(client);
        try {
            client.setTcpNoDelay(true);
            awaitUp();
            Socket server = new Socket();
            sockets.add(server);
            server.setTcpNoDelay(true);
            server.connect(upstream, 5000);
            int stallAfter = nextDouble() < impairment.stallPerConnection() ? 1 + nextInt(20) : -1;
            AtomicBoolean stalled = new AtomicBoolean();
            Thread up = new Thread(new Pipe(client, server, false, stallAfter, stalled), "relay-up");
            Thread back = new Thread(new Pipe(server, client, true, stallAfter, stalled), "relay-down");
            up.setDaemon(true);
            back.setDaemon(true);
            up.start();
            back.start();
        } catch (IOException | InterruptedException e) {
            closeQuietly(client, false);
        }
    }

    private void awaitUp() throws InterruptedException {
        synchronized (linkState) {
            while (down && !closed) {
                linkState.wait(200);
            }
        }
    }

    /** One direction of one connection. */
    private final class Pipe implements Runnable {
        private final Socket from;
        private final Socket to;
        private final boolean fromUpstream;
        private final int stallAfter;
        private final AtomicBoolean stalled;
        private long rto = impairment.rtoMillis();
        private int count;

        Pipe(Socket from, Socket to, boolean fromUpstream, int stallAfter, AtomicBoolean stalled) {
            this.from = from;
            this.to = to;
            this.fromUpstream = fromUpstream;
            this.stallAfter = stallAfter;
            this.stalled = stalled;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    chunks.incrementAndGet();
                    count++;
                    awaitUp();
                    if (fromUpstream && loseChunk > 0 && count == loseChunk) {
                        loseChunk = 0;
                        reset();
                        return;
                    }
                    if (nextDouble() < impairment.resetPerSegment()) {
                        reset();
                        return;
                    }
                    if (stalled.get() || (stallAfter > 0 && count >= stallAfter)) {
                        if (stalled.compareAndSet(false, true)) {
                            stalls.incrementAndGet();
                        }
                        holdUntilClosed();
                        return;
                    }
                    long wait = impairment.oneWayDelayMillis();
                    if (nextDouble() < impairment.segmentLoss()) {
                        delayedChunks.incrementAndGet();
                        wait += rto;
                        rto = Math.min(rto * 2, impairment.maxRtoMillis());
                    } else {
                        rto = impairment.rtoMillis();
                    }
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                    awaitUp();
                    out.write(buffer, 0, n);
                    out.flush();
                }
                // orderly close from this side: pass it on
                to.shutdownOutput();
            } catch (IOException | InterruptedException e) {
                closeQuietly(to, false);
                closeQuietly(from, false);
            }
        }

        private void reset() {
            resets.incrementAndGet();
            closeQuietly(from, true);
            closeQuietly(to, true);
        }

        /** A stalled link: read and discard until a peer gives up and closes. */
        private void holdUntilClosed() throws IOException {
            InputStream in = from.getInputStream();
            byte[] sink = new byte[4096];
            while (in.read(sink) > 0) {
                // swallowed
            }
            closeQuietly(to, false);
        }
    }

    private void closeQuietly(Socket socket, boolean reset) {
        try {
            if (reset) {
                socket.setSoLinger(true, 0);
            }
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        sockets.remove(socket);
    }

    String stats() {
        return "connections " + connections + ", chunks " + chunks + ", delayed " + delayedChunks + ", resets "
                + resets + ", stalls " + stalls;
    }

    @Override
    public void close() {
        closed = true;
        setDown(false);
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : Set.copyOf(sockets)) {
            closeQuietly(s, true);
        }
    }
}
