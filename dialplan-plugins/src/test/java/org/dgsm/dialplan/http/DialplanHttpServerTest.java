package org.dgsm.dialplan.http;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.dgsm.dialplan.lookup.ScriptedMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.mslookup.wire.MslookupResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server on a real loopback socket: wiring, HTTP details, limits and robustness. */
class DialplanHttpServerTest {

    /** The lookup of 1001 stays open until a test completes it. */
    private final HeldAnswer held = new HeldAnswer();
    private EventLoopGroup group;
    private ScriptedMslookup mslookup;
    private DialplanHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void start() throws IOException {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        mslookup = ScriptedMslookup.of(query -> switch (query.id().digits()) {
            case "1001" -> held.future();
            case "1002" -> CompletableFuture.completedFuture(Optional.of(
                    new MslookupResult(0, FreeswitchDialplanGoldenTest.VILLAGE_B, null)));
            default -> CompletableFuture.completedFuture(Optional.empty());
        });
        server = DialplanHttpServer.start(group, new InetSocketAddress("127.0.0.1", 0),
                SubscriberLocator.builder(mslookup).build(),
                DialplanSettings.defaults().withMaxRequestBytes(4096));
    }

    @AfterEach
    void stop() {
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void answersLookupsAsJson() throws Exception {
        HttpResponse<String> response = http.send(get("/lookup/sip.voice/1002"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"service\":\"sip.voice\",\"msisdn\":\"1002\",\"address\":\"127.0.0.20\","
                + "\"port\":5060,\"age\":0,\"village\":null,\"local\":false}\n");
    }

    @Test
    void answersUnknownNumbersWith404() throws Exception {
        HttpResponse<String> response = http.send(get("/lookup/sip.voice/1009"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\":\"not-found\"");
    }

    @Test
    void answersXmlCurlPostsWithTextXml() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/freeswitch/dialplan"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FreeswitchDialplanGoldenTest.request("dgsm", "1002")))
                .build();

        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("text/xml; charset=utf-8");
        assertThat(FreeswitchXmlFormat.dialplanActions(response.body(), "dgsm"))
                .contains("bridge sofia/dgsm/sip:1002@127.0.0.20:5060");
    }

    @Test
    void pipelinedRequestsAreAnsweredInRequestOrder() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("GET /lookup/sip.voice/1001 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /lookup/sip.voice/1002 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            held.awaitAsked();
            held.complete(new MslookupResult(7, FreeswitchDialplanGoldenTest.VILLAGE_B, null));

            String responses = readUntilClosed(socket);

            int first = responses.indexOf("\"msisdn\":\"1001\"");
            int second = responses.indexOf("\"msisdn\":\"1002\"");
            assertThat(first).isPositive();
            assertThat(second).isGreaterThan(first);
            assertThat(responses).startsWith("HTTP/1.1 200 OK");
        }
    }

    @Test
    void malformedRequestGets400AndTheServerKeepsServing() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write("THIS IS NOT HTTP\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 400 Bad Request");
        }
        try (Socket socket = connect()) {
            socket.getOutputStream().write(new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n', '\r', '\n'});
            assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 400");
        }

        HttpResponse<String> after = http.send(get("/lookup/sip.voice/1002"), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void randomBytesNeverStopTheServer() throws Exception {
        Random random = new Random(20261125L);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 + random.nextInt(600)];
            random.nextBytes(garbage);
            if (i % 2 == 0) {
                byte[] start = "GET /lookup/sip.voice/1002 HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(start, 0, garbage, 0, Math.min(start.length, garbage.length));
            }
            try (Socket socket = connect()) {
                socket.setSoTimeout(2000);
                socket.getOutputStream().write(garbage);
                socket.shutdownOutput();
                readUntilClosed(socket);
            } catch (SocketTimeoutException | SocketException ignored) {
                // an incomplete request may wait for more bytes, or the server may reset; both are fine
            }
        }

        HttpResponse<String> after = http.send(get("/lookup/sip.voice/1002"), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void tooLongRequestLineIsRefused() throws Exception {
        try (Socket socket = connect()) {
            String target = "/lookup/sip.voice/" + "1".repeat(DialplanHttpServer.MAX_INITIAL_LINE);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 4");
        }
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedWith413() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("POST /freeswitch/dialplan HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\n"
                    + "a".repeat(5000)).getBytes(StandardCharsets.US_ASCII));

            assertThat(readStatusLine(socket)).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
    }

    @Test
    void connectionCloseIsHonoured() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(("GET /lookup/sip.voice/1009 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));

            String response = readUntilClosed(socket);

            assertThat(response).startsWith("HTTP/1.1 404").contains("connection: close");
        }
    }

    @Test
    void closeStopsServing() throws Exception {
        InetSocketAddress address = server.localAddress();

        server.close();

        assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void bindFailureNamesTheAddress() {
        InetSocketAddress taken = server.localAddress();

        assertThatThrownBy(() -> DialplanHttpServer.start(group, taken,
                SubscriberLocator.builder(mslookup).build(), DialplanSettings.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining("127.0.0.1:" + taken.getPort());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.localAddress().getPort() + path);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.localAddress().getPort());
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static String readUntilClosed(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readStatusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    /** One open mslookup answer, created when the locator asks for it. */
    private static final class HeldAnswer {
        private final CompletableFuture<Optional<MslookupResult>> future = new CompletableFuture<>();
        private final CountDownLatch asked = new CountDownLatch(1);

        CompletableFuture<Optional<MslookupResult>> future() {
            asked.countDown();
            return future;
        }

        void awaitAsked() throws InterruptedException {
            assertThat(asked.await(20, TimeUnit.SECONDS)).as("lookup of 1001 started").isTrue();
        }

        void complete(MslookupResult result) {
            future.complete(Optional.of(result));
        }
    }
}
