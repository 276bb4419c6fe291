package org.dgsm.node.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay that impairs a link the way TCP shows impairment to an application (these kernels have no
 * netem): lost or reordered segments become delays (TCP retransmits and reorders them before the reader sees them),
 * writes arrive split at random points, and now and then the connection is reset. TCP never delivers a duplicate
 * or out-of-order byte, so those are not simulated here; the mslookup (UDP) path covers them in the simulator.
 */
public final class ImpairingTcpRelay implements AutoCloseable {

    /** @param resetChance chance per relayed read that both sides are reset instead */
    public record Impairment(int maxDelayMillis, int maxFragment, double resetChance) {
    }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Impairment impairment;
    private final SplittableRandom seeds;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicLong resets = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private volatile boolean open = true;

    private ImpairingTcpRelay(ServerSocket server, InetSocketAddress target, Impairment impairment, long seed) {
        this.server = server;
        this.target = target;
        this.impairment = impairment;
        this.seeds = new SplittableRandom(seed);
    }

    public static ImpairingTcpRelay start(InetSocketAddress listen, InetSocketAddress target, Impairment impairment,
                                          long seed) throws IOException {
        if (!listen.getAddress().isLoopbackAddress() || !target.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the relay is loopback only");
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(listen);
        ImpairingTcpRelay relay = new ImpairingTcpRelay(server, target, impairment, seed);
        Thread accept = new Thread(relay::acceptLoop, "relay-accept");
        accept.setDaemon(true);
        accept.start();
        return relay;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    public long resets() {
        return resets.get();
    }

    public long delayedChunks() {
        return delayed.get();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 2_000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
                SplittableRandom random;
                synchronized (seeds) {
                    random = seeds.split();
                }
                pump(client, upstream, random.split(), "up");
                pump(upstream, client, random.split(), "down");
            } catch (IOException e) {
                if (!open) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, SplittableRandom random, String direction) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (random.nextDouble() < impairment.resetChance()) {
                        resets.incrementAndGet();
                        reset(from);
                        reset(to);
                        return;
                    }
                    int at = 0;
                    while (at < n) {
                        int len = Math.min(n - at, 1 + random.nextInt(Math.max(1, impairment.maxFragment())));
                        if (impairment.maxDelayMillis() > 0 && random.nextInt(4) == 0) {
                            delayed.incrementAndGet();
                            Thread.sleep(random.nextInt(impairment.maxDelayMillis() + 1));
                        }
                        out.write(Arrays.copyOfRange(buffer, at, at + len));
                        out.flush();
                        at += len;
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the other pump or a reset closed the connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-" + direction);
        t.setDaemon(true);
        t.start();
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0);   // close with RST, as a broken link or a rebooted router does
        } catch (IOException e) {
            // already closed
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        sockets.forEach(ImpairingTcpRelay::closeQuietly);
    }
}
