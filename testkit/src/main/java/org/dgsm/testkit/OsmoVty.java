package org.dgsm.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A telnet-style session on an Osmocom VTY (e.g. osmo-hlr on 127.0.0.1:4258): sends one command line at a time and
 * reads until the next prompt ({@code Name> } or {@code Name# }). Telnet option negotiation bytes are dropped.
 * Test support; nothing in it is specific to osmo-hlr except the default prompt name.
 */
public final class OsmoVty implements AutoCloseable {

    private static final int IAC = 0xff;
    private static final int SB = 250;
    private static final int SE = 240;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String promptName;

    private OsmoVty(Socket socket, String promptName) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.promptName = promptName;
    }

    /** Connects and reads the banner up to the first prompt. */
    public static OsmoVty connect(String host, int port, String promptName, Duration readTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) readTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            OsmoVty vty = new OsmoVty(socket, promptName);
            vty.readUntilPrompt();
            return vty;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Runs one command and returns what it printed, without the echoed command line and the closing prompt,
     * line ends normalised to {@code \n}. An empty string means the command printed nothing (osmo's usual success).
     */
    public String command(String line) throws IOException {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("one command line at a time: " + line);
        }
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String text = readUntilPrompt().replace("\r\n", "\n").replace("\r", "");
        int echoEnd = text.indexOf('\n');
        String body = echoEnd < 0 ? "" : text.substring(echoEnd + 1);
        int promptStart = body.lastIndexOf(promptName);
        return promptStart < 0 ? body : body.substring(0, promptStart);
    }

    /** The command's output as trimmed, non-empty lines. */
    public List<String> commandLines(String line) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : command(line).split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return lines;
    }

    private String readUntilPrompt() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        String userPrompt = promptName + "> ";
        String enablePrompt = promptName + "# ";
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                throw new IOException("no VTY prompt within the read timeout; got so far: "
                        + text.toString(StandardCharsets.US_ASCII), e);
            }
            if (b < 0) {
                throw new IOException("VTY closed the connection; got so far: "
                        + text.toString(StandardCharsets.US_ASCII));
            }
            if (b == IAC) {
                skipTelnetCommand();
                continue;
            }
            text.write(b);
            String sofar = text.toString(StandardCharsets.US_ASCII);
            if (b == ' ' && (sofar.endsWith(userPrompt) || sofar.endsWith(enablePrompt))) {
                return sofar;
            }
        }
    }

    private void skipTelnetCommand() throws IOException {
        int command = in.read();
        if (command == SB) {
            int previous = -1;
            int b;
            while ((b = in.read()) >= 0) {
                if (previous == IAC && b == SE) {
                    return;
                }
                previous = b;
            }
        } else if (command >= 251 && command <= 254) {
            in.read(); // WILL/WONT/DO/DONT carry one option byte
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
