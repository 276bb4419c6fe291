package org.dgsm.node.site;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * Just enough of an HLR's GSUP server for a client to identify itself: on accept it sends osmo-hlr's IPA ID_GET,
 * answers PING with PONG and ID_ACK with ID_ACK, and reports the serial number (the client's IPA name) of the first
 * ID_RESP. One client at a time.
 */
final class FakeGsupHlr implements AutoCloseable {

    private static final byte[] ID_GET = HexFormat.of().parseHex("0011fe0401080107010201030104010501010100");
    private static final byte[] PONG = {0, 1, (byte) 0xfe, 1};
    private static final byte[] ID_ACK = {0, 1, (byte) 0xfe, 6};

    private final ServerSocket server;
    private final CompletableFuture<String> clientName = new CompletableFuture<>();
    private final Thread acceptor;

    FakeGsupHlr(String ip, int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(ip), port));
        acceptor = new Thread(this::serve, "fake-gsup-hlr");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The serial number (IPA name, trailing NUL removed) the first client sent in its ID_RESP. */
    CompletableFuture<String> clientName() {
        return clientName;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                OutputStream out = client.getOutputStream();
                out.write(ID_GET);
                DataInputStream in = new DataInputStream(client.getInputStream());
                while (true) {
                    int length = in.readUnsignedShort();
                    int stream = in.readUnsignedByte();
                    byte[] payload = new byte[length];
                    in.readFully(payload);
                    if (stream != 0xfe || length == 0) {
                        continue;
                    }
                    switch (payload[0]) {
                        case 0x00 -> out.write(PONG);
                        case 0x06 -> out.write(ID_ACK);
                        case 0x05 -> serial(payload);
                        default -> {
                        }
                    }
                }
            } catch (EOFException | SocketException e) {
                // client gone or server closed
            } catch (IOException e) {
                clientName.completeExceptionally(e);
            }
        }
    }

    /** ID_RESP body: entries of [length:2][tag][value], length counting tag and value. */
    private void serial(byte[] payload) {
        int pos = 1;
        while (pos + 3 <= payload.length) {
            int length = (payload[pos] & 0xff) << 8 | payload[pos + 1] & 0xff;
            int tag = payload[pos + 2] & 0xff;
            int valueLength = length - 1;
            if (valueLength < 0 || pos + 3 + valueLength > payload.length) {
                clientName.completeExceptionally(new IOException("malformed ID_RESP"));
                return;
            }
            if (tag == 0x00) {
                String value = new String(payload, pos + 3, valueLength, StandardCharsets.US_ASCII);
                clientName.complete(value.endsWith("\0") ? value.substring(0, value.length() - 1) : value);
                return;
            }
            pos += 3 + valueLength;
        }
        clientName.completeExceptionally(new IOException("ID_RESP without serial number"));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
