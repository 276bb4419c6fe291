package org.dgsm.hlr.ctrl.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dgsm.hlr.ctrl.CtrlFrames;
import org.dgsm.hlr.ctrl.CtrlScenario;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtrlServerTest {

    private static EventLoopGroup group;

    @TempDir
    Path dir;

    private SubscriberStore store;
    private CtrlServer server;

    @BeforeAll
    static void startEventLoops() {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    @AfterAll
    static void stopEventLoops() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @BeforeEach
    void start() throws IOException {
        store = SubscriberStore.open(dir.resolve("hlr.db"));
        CtrlScenario.provision(store);
        server = CtrlServer.start(group, new InetSocketAddress("127.0.0.3", 0), store);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private static byte[] frame(String text) {
        return CtrlFrames.frameText(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(server.localAddress(), 5_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Reads one IPA frame and returns its CTRL text. */
    private static String readAnswer(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        int stream = in.readUnsignedByte();
        byte[] payload = new byte[length];
        in.readFully(payload);
        assertThat(stream).isEqualTo(0xee);
        assertThat(payload[0]).isZero();
        return new String(payload, 1, length - 1, StandardCharsets.ISO_8859_1);
    }

    @Test
    void reportsTheBoundAddress() {
        assertThat(server.localAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.3");
        assertThat(server.localAddress().getPort()).isPositive();
    }

    @Test
    void answersRequestsOverTcp() throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(frame("SET 1 subscriber.create 901990000000042"));
            assertThat(readAnswer(in)).isEqualTo("SET_REPLY 1 subscriber.create 5");
            out.write(frame("GET 2 subscriber.by-imsi-901990000000042.msisdn"));
            assertThat(readAnswer(in)).isEqualTo("GET_REPLY 2 subscriber.by-imsi-901990000000042.msisdn none");
        }
        assertThat(store.findByImsi("901990000000042")).isPresent();
    }

    @Test
    void answersAFloodOfRequestsCompletelyAndInOrder() throws Exception {
        int count = 3_000;
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            requests.writeBytes(frame("GET " + i + " subscriber.by-id-" + (1 + i % 4) + ".cs-enabled"));
        }
        try (Socket socket = connect()) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    socket.getOutputStream().write(requests.toByteArray());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            DataInputStream in = new DataInputStream(socket.getInputStream());
            for (int i = 0; i < count; i++) {
                String expected = "GET_REPLY " + i + " subscriber.by-id-" + (1 + i % 4) + ".cs-enabled "
                        + (i % 4 == 3 ? "0" : "1");
                assertThat(readAnswer(in)).isEqualTo(expected);
            }
            writer.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesSeveralConnectionsAtOnce() throws Exception {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try (Socket socket = connect()) {
                    DataInputStream in = new DataInputStream(socket.getInputStream());
                    String last = null;
                    for (int i = 0; i < 50; i++) {
                        socket.getOutputStream().write(frame("GET " + (client * 1000 + i) + " subscriber.by-id-1.msisdn"));
                        last = readAnswer(in);
                    }
                    return last;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (int c = 0; c < 4; c++) {
            assertThat(answers.get(c).get(20, TimeUnit.SECONDS))
                    .isEqualTo("GET_REPLY " + (c * 1000 + 49) + " subscriber.by-id-1.msisdn 101");
        }
    }

    @Test
    void answersPingAndClosesOnAnotherProtocol() throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(new byte[] {0, 1, (byte) 0xfe, 0});
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] pong = new byte[4];
            in.readFully(pong);
            assertThat(pong).isEqualTo(CtrlFrames.pong());
            socket.getOutputStream().write(new byte[] {0, 2, (byte) 0xee, 5, 8});
            assertThat(in.read()).as("end of stream").isEqualTo(-1);
        }
    }

    @Test
    void closeClosesOpenConnectionsAndStopsListening() throws IOException {
        try (Socket socket = connect()) {
            // a PONG proves the server took the connection (one still in the accept queue is reset instead)
            socket.getOutputStream().write(new byte[] {0, 1, (byte) 0xfe, 0});
            assertThat(socket.getInputStream().readNBytes(4)).isEqualTo(CtrlFrames.pong());
            server.close();
            assertThat(socket.getInputStream().read()).as("end of stream").isEqualTo(-1);
        }
        assertThatThrownBy(this::connect).isInstanceOf(IOException.class);
        server.close(); // idempotent
    }

    @Test
    void bindingAnAddressInUseFailsNamingIt() {
        InetSocketAddress taken = server.localAddress();
        assertThatThrownBy(() -> CtrlServer.start(group, taken, store))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("127.0.0.3:" + taken.getPort());
    }
}
