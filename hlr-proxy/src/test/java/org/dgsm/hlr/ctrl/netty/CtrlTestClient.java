package org.dgsm.hlr.ctrl.netty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.dgsm.hlr.ctrl.CtrlFrames;
import org.dgsm.hlr.ctrl.Escapes;

/**
 * A blocking CTRL client for tests. {@link #exchange} writes a request, then a sentinel GET whose answer is known,
 * and returns everything that arrived before the sentinel's answer: the request's answer(s), or nothing.
 */
final class CtrlTestClient implements AutoCloseable {

    private static final byte[] SENTINEL = CtrlFrames.frameText("GET 999999 sentinel".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] SENTINEL_ANSWER =
            CtrlFrames.frameText("ERROR 999999 Command not found".getBytes(StandardCharsets.US_ASCII));

    private final Socket socket;
    private final InputStream in;

    private CtrlTestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    static CtrlTestClient connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        socket.connect(server, 5_000);
        socket.setSoTimeout(5_000);
        socket.setTcpNoDelay(true);
        return new CtrlTestClient(socket);
    }

    byte[] exchange(byte[] request) throws IOException {
        socket.getOutputStream().write(request);
        socket.getOutputStream().write(SENTINEL);
        socket.getOutputStream().flush();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!endsWith(got, SENTINEL_ANSWER)) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new IOException("no sentinel answer within 5 s; got " + Escapes.escape(got.toByteArray()), e);
            }
            if (n < 0) {
                throw new IOException("connection closed; got " + Escapes.escape(got.toByteArray()));
            }
            got.write(buffer, 0, n);
        }
        byte[] all = got.toByteArray();
        return Arrays.copyOf(all, all.length - SENTINEL_ANSWER.length);
    }

    /** Writes the bytes and reads until the peer closes the connection. */
    byte[] sendAndReadToEnd(byte[] request) throws IOException {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        return in.readAllBytes();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static boolean endsWith(ByteArrayOutputStream got, byte[] suffix) {
        if (got.size() < suffix.length) {
            return false;
        }
        byte[] all = got.toByteArray();
        return Arrays.equals(all, all.length - suffix.length, all.length, suffix, 0, suffix.length);
    }
}
