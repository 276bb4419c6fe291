package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtrlConnectionTest {

    @TempDir
    Path dir;

    private SubscriberStore store;
    private CtrlConnection connection;

    @BeforeEach
    void open() {
        store = SubscriberStore.open(dir.resolve("hlr.db"));
        CtrlScenario.provision(store);
        connection = new CtrlConnection(new CtrlCommands(store), "test");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] frame(String text) {
        return CtrlFrames.frameText(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void answersFramesInOrderPingsIncluded() {
        byte[] in = concat(frame("GET 1 subscriber.by-id-1.msisdn"), CtrlFrames.pong().clone(), new byte[] {0, 1, (byte) 0xfe, 0},
                frame("GET 2 subscriber.by-id-2.msisdn"), new byte[] {0, 1, (byte) 0xfe, 6});
        CtrlConnection.Output out = connection.receive(in);
        assertThat(out.close()).isFalse();
        assertThat(out.toSend()).isEqualTo(concat(frame("GET_REPLY 1 subscriber.by-id-1.msisdn 101"),
                CtrlFrames.pong(), frame("GET_REPLY 2 subscriber.by-id-2.msisdn none"), CtrlFrames.idAck()));
    }

    @Test
    void malformedTextGetsOsmosErrorAnswer() {
        assertThat(connection.receive(frame("GET 7")).toSend()).isEqualTo(frame("ERROR 7 GET incomplete"));
        assertThat(connection.receive(frame("HELLO")).toSend()).isEqualTo(frame("ERROR err Request type unknown"));
    }

    @Test
    void inputSplitIntoSingleBytesGetsTheSameAnswers() {
        byte[] in = concat(frame("GET 1 subscriber.by-id-1.msisdn"), frame("SET 2 subscriber.by-id-1.msisdn 555"),
                frame("GET 3 subscriber.by-msisdn-555.info"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : in) {
            out.writeBytes(connection.receive(new byte[] {b}).toSend());
        }
        assertThat(out.toByteArray()).isEqualTo(concat(frame("GET_REPLY 1 subscriber.by-id-1.msisdn 101"),
                frame("SET_REPLY 2 subscriber.by-id-1.msisdn OK"),
                frame("GET_REPLY 3 subscriber.by-msisdn-555.info " + "\nid\t1\nimsi\t901990000000001\nmsisdn\t555"
                        + "\nnam_cs\t1\nnam_ps\t1\nvlr_number\tmsc-village-a\nms_purged_cs\t0\nms_purged_ps\t0"
                        + "\nperiodic_lu_timer\t0\nperiodic_rau_tau_timer\t0\nlmsi\t00000000")));
    }

    @Test
    void otherProtocolClosesAfterTheAnswersBeforeItAndLaterInputIsIgnored() {
        byte[] in = concat(frame("GET 1 subscriber.by-id-1.msisdn"), new byte[] {0, 2, (byte) 0xee, 5, 8},
                frame("SET 2 subscriber.by-id-1.msisdn 777"));
        CtrlConnection.Output out = connection.receive(in);
        assertThat(out.toSend()).isEqualTo(frame("GET_REPLY 1 subscriber.by-id-1.msisdn 101"));
        assertThat(out.close()).isTrue();
        assertThat(out.closeReason()).contains("extension 0x05");
        assertThat(connection.isClosed()).isTrue();
        assertThat(connection.receive(frame("GET 3 subscriber.by-id-1.msisdn")).toSend()).isEmpty();
        assertThat(store.findByImsi(CtrlScenario.IMSI_1).orElseThrow().msisdn()).isEqualTo("101");
    }

    @Test
    void answersAFrameOfTheLargestSize() {
        // osmo-hlr 1.5.0 aborts on exactly this frame size (no room left to terminate the text); we answer it
        byte[] text = new byte[CtrlFrameDecoder.MAX_LENGTH - 1];
        java.util.Arrays.fill(text, (byte) '\n');
        System.arraycopy("GET 1 x".getBytes(StandardCharsets.US_ASCII), 0, text, 0, 7);
        byte[] in = CtrlFrames.frameText(text);
        assertThat(in).hasSize(3 + CtrlFrameDecoder.MAX_LENGTH);
        assertThat(connection.receive(in).toSend()).isEqualTo(frame("ERROR 1 GET with trailing characters"));
    }
}
