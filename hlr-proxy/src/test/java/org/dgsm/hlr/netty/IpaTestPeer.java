package org.dgsm.hlr.netty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.ipa.CcmDecoder;
import org.dgsm.hlr.ipa.CcmEncoder;
import org.dgsm.hlr.ipa.CcmIdTag;
import org.dgsm.hlr.ipa.CcmMessage;
import org.dgsm.hlr.ipa.IpaFrame;
import org.dgsm.hlr.ipa.IpaFrameDecoder;
import org.dgsm.hlr.ipa.IpaFrameEncoder;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.ipa.MalformedIpaException;

/** A blocking, hand-driven IPA peer on a plain socket, for poking a server byte by byte. */
final class IpaTestPeer implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final IpaFrameDecoder decoder = new IpaFrameDecoder();
    private final Deque<IpaFrame> frames = new ArrayDeque<>();

    private IpaTestPeer(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static IpaTestPeer connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        socket.connect(server, 2000);
        socket.setTcpNoDelay(true);
        return new IpaTestPeer(socket);
    }

    /** Connects, reads the server's ID_GET and answers it (ID_RESP + ID_ACK) as {@code name}. */
    static IpaTestPeer identified(InetSocketAddress server, String name) throws IOException {
        IpaTestPeer peer = connect(server);
        CcmMessage first = peer.readCcm(Duration.ofSeconds(5));
        if (!(first instanceof CcmMessage.IdGet)) {
            throw new AssertionError("expected ID_GET first, got " + first);
        }
        peer.sendIdentity(name);
        return peer;
    }

    void sendIdentity(String name) throws IOException {
        IpaIdentity identity = IpaIdentity.of(name, "MSC", "test-peer");
        send(CcmEncoder.frame(identity.answer(CcmIdTag.OSMO_HLR_REQUEST)));
        send(CcmEncoder.frame(new CcmMessage.IdAck()));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void sendGsup(GsupMessage message) throws IOException {
        send(IpaFrameEncoder.encodeGsup(GsupEncoder.encode(message)));
    }

    /** The next frame, or an AssertionError if none arrives in time or the connection closes. */
    IpaFrame readFrame(Duration timeout) throws IOException {
        IpaFrame frame = pollFrame(timeout);
        if (frame == null) {
            throw new AssertionError("no IPA frame within " + timeout);
        }
        return frame;
    }

    /** The next frame, or null if none arrives in time; AssertionError if the connection closes. */
    IpaFrame pollFrame(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[4096];
        while (frames.isEmpty()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) Math.max(1, left));
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (n < 0) {
                throw new AssertionError("connection closed by the server");
            }
            try {
                frames.addAll(decoder.feed(buffer, 0, n));
            } catch (MalformedIpaException e) {
                throw new AssertionError("server sent a malformed IPA stream", e);
            }
        }
        return frames.removeFirst();
    }

    CcmMessage readCcm(Duration timeout) throws IOException {
        IpaFrame frame = readFrame(timeout);
        if (!frame.isCcm()) {
            throw new AssertionError("expected a CCM frame, got " + frame);
        }
        try {
            return CcmDecoder.decode(frame.payload());
        } catch (MalformedIpaException e) {
            throw new AssertionError(e);
        }
    }

    /** The next GSUP message, skipping CCM frames (PONG, ID_ACK). */
    GsupMessage readGsup(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            IpaFrame frame = readFrame(left.isNegative() ? Duration.ZERO : left);
            if (frame.isGsup()) {
                try {
                    return GsupDecoder.decode(frame.payload().toByteArray());
                } catch (MalformedGsupException e) {
                    throw new AssertionError("server sent undecodable GSUP", e);
                }
            }
        }
    }

    /** No GSUP message arrives within {@code time} (CCM frames are skipped). */
    boolean quietFor(Duration time) throws IOException {
        long deadline = System.nanoTime() + time.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            IpaFrame frame = pollFrame(Duration.ofNanos(left));
            if (frame != null && frame.isGsup()) {
                return false;
            }
        }
    }

    /** Whether the server closes the connection within {@code timeout} (frames before that are skipped). */
    boolean closedWithin(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[4096];
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true; // reset
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
