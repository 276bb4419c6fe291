package org.dgsm.smpp.it;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** A hand-written SMPP peer for tests that need to send what no library would: octets in, octets out. */
final class RawSmppClient implements AutoCloseable {

    record Pdu(int commandId, int status, int sequence, byte[] body) {

        String cString() {
            int nul = 0;
            while (nul < body.length && body[nul] != 0) {
                nul++;
            }
            return new String(body, 0, nul, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return String.format("pdu[id 0x%08x status 0x%x seq %d, %d body octets]", commandId, status, sequence,
                    body.length);
        }
    }

    private final Socket socket;
    private final DataInputStream in;

    RawSmppClient(InetSocketAddress to) throws IOException {
        socket = new Socket();
        socket.connect(to, 5000);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(socket.getInputStream());
    }

    void send(int commandId, int sequence, byte[] body) throws IOException {
        ByteBuffer pdu = ByteBuffer.allocate(16 + body.length);
        pdu.putInt(16 + body.length).putInt(commandId).putInt(0).putInt(sequence).put(body);
        sendRaw(pdu.array());
    }

    void sendRaw(byte[] octets) throws IOException {
        socket.getOutputStream().write(octets);
        socket.getOutputStream().flush();
    }

    /** The next PDU, skipping enquire_links the other side may send. */
    Pdu read(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        while (true) {
            int length = in.readInt();
            int id = in.readInt();
            int status = in.readInt();
            int sequence = in.readInt();
            byte[] body = new byte[length - 16];
            in.readFully(body);
            if (id == 0x00000015) {
                send(0x80000015, sequence, new byte[0]);
                continue;
            }
            return new Pdu(id, status, sequence, body);
        }
    }

    /** True if the other side closed the connection within the timeout. */
    boolean closedWithin(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (EOFException | java.net.SocketException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    static byte[] bindBody(String systemId, String password) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        cString(b, systemId);
        cString(b, password);
        cString(b, "");
        b.write(0x34);
        b.write(0);
        b.write(0);
        cString(b, "");
        return b.toByteArray();
    }

    /** A submit_sm body; {@code tlvs} appended raw. */
    static byte[] submitBody(String from, String to, byte[] shortMessage, byte[] tlvs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        cString(b, "CMT");
        b.write(3);
        b.write(1);
        cString(b, from);
        b.write(0);
        b.write(1);
        cString(b, to);
        b.write(0x01); // esm_class
        b.write(0); // protocol_id
        b.write(0); // priority
        cString(b, "");
        cString(b, "");
        b.write(0); // registered_delivery
        b.write(0);
        b.write(0); // data_coding
        b.write(0);
        b.write(shortMessage.length);
        b.writeBytes(shortMessage);
        b.writeBytes(tlvs);
        return b.toByteArray();
    }

    static byte[] tlv(int tag, byte[] value) {
        return ByteBuffer.allocate(4 + value.length).putShort((short) tag).putShort((short) value.length).put(value)
                .array();
    }

    static byte[] cut(byte[] body, int length) {
        return Arrays.copyOf(body, length);
    }

    private static void cString(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        b.write(0);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
