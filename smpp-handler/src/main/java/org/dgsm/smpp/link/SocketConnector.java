package org.dgsm.smpp.link;

import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Opens the TCP connection of one client session: with a connect timeout (jSMPP's factory has none), without Nagle
 * (an SMPP exchange is small request/response PDUs), and with the session's {@link GuardedPduReader} attached.
 */
final class SocketConnector implements ConnectionFactory {

    private final int connectTimeoutMillis;
    private final GuardedPduReader reader;

    SocketConnector(int connectTimeoutMillis, GuardedPduReader reader) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.reader = reader;
    }

    @Override
    public Connection createConnection(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            SocketConnection connection = new SocketConnection(socket);
            reader.attach(connection.getOutputStream());
            return connection;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
