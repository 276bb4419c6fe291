package org.dgsm.smpp.it;

import org.dgsm.smpp.message.DgsmTlvs;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.message.SmsId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken PDUs from a village and from the local SMSC get a generic_nack or an error status; the bind goes on
 * working and what the queue holds is untouched. Only a command_length that makes the stream unframeable ends the
 * connection (there is no way to find the next PDU), and the server keeps accepting new binds.
 */
class MalformedPduTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int SUBMIT_SM = 0x00000004;
    private static final int SUBMIT_SM_RESP = 0x80000004;
    private static final int GENERIC_NACK = 0x80000000;

    @TempDir
    Path dir;

    private MslookupNet net;
    private Village b;

    @BeforeEach
    void start() throws Exception {
        net = MslookupNet.open(42666);
        b = Village.start("B", dir.resolve("b"), InetAddress.getByName("127.0.0.2"), net, null,
                UnaryOperator.identity());
        b.attach("2001");
    }

    @AfterEach
    void stop() {
        if (b != null) {
            b.close();
        }
        if (net != null) {
            net.close();
        }
    }

    private RawSmppClient boundClient() throws Exception {
        RawSmppClient client = new RawSmppClient(b.listen);
        client.send(0x00000009, 1, RawSmppClient.bindBody("ISMPP", "foo"));
        RawSmppClient.Pdu resp = client.read(WAIT);
        assertThat(resp.commandId()).isEqualTo(0x80000009);
        assertThat(resp.status()).isZero();
        return client;
    }

    private static byte[] validSubmit(String text, SmsId id) {
        return RawSmppClient.submitBody("1001", "2001", text.getBytes(StandardCharsets.US_ASCII),
                RawSmppClient.tlv(DgsmTlvs.MESSAGE_ID, id.bytes()));
    }

    private static void assertAnswer(RawSmppClient.Pdu pdu, int commandId, int status, int sequence) {
        assertThat(pdu.commandId()).as("command of " + pdu).isEqualTo(commandId);
        assertThat(pdu.status()).as("status of " + pdu).isEqualTo(status);
        assertThat(pdu.sequence()).as("sequence of " + pdu).isEqualTo(sequence);
    }

    @Test
    void brokenSubmitsFromAVillageAreRefusedAndTheBindSurvives() throws Exception {
        SmsId kept = SmsId.fromBytes(HexFormat.of().parseHex("00112233445566778899aabbccddeeff"));
        try (RawSmppClient client = boundClient()) {
            byte[] good = validSubmit("imekaa sawa", kept);
            int destinationEnd = 4 + 2 + 5 + 2 + 4; // "CMT\0" ton npi "1001\0" ton npi "2001" (no NUL yet)

            client.send(SUBMIT_SM, 7, RawSmppClient.cut(good, destinationEnd));
            assertAnswer(client.read(WAIT), GENERIC_NACK, SmppStatus.RINVCMDLEN, 7);

            byte[] shortBody = RawSmppClient.submitBody("1001", "2001", new byte[10], new byte[0]);
            client.send(SUBMIT_SM, 8, RawSmppClient.cut(shortBody, shortBody.length - 4));
            assertAnswer(client.read(WAIT), GENERIC_NACK, SmppStatus.RINVMSGLEN, 8);

            byte[] brokenTlvStream = RawSmppClient.submitBody("1001", "2001", new byte[3], new byte[] {0x02, 0x04, 0});
            client.send(SUBMIT_SM, 9, brokenTlvStream);
            assertAnswer(client.read(WAIT), GENERIC_NACK, SmppStatus.RINVOPTPARSTREAM, 9);

            byte[] shortReference = RawSmppClient.submitBody("1001", "2001", new byte[3],
                    RawSmppClient.tlv(0x0204, new byte[] {1}));
            client.send(SUBMIT_SM, 10, shortReference);
            assertAnswer(client.read(WAIT), GENERIC_NACK, SmppStatus.RINVPARLEN, 10);

            byte[] badId = RawSmppClient.submitBody("1001", "2001", new byte[3],
                    RawSmppClient.tlv(DgsmTlvs.MESSAGE_ID, new byte[] {1, 2, 3}));
            client.send(SUBMIT_SM, 11, badId);
            assertAnswer(client.read(WAIT), SUBMIT_SM_RESP, SmppStatus.RINVOPTPARAMVAL, 11);

            client.send(SUBMIT_SM, 12, RawSmppClient.submitBody("1001", "kijiji", new byte[3], new byte[0]));
            assertAnswer(client.read(WAIT), SUBMIT_SM_RESP, SmppStatus.RINVDSTADR, 12);

            client.send(0x00000077, 13, new byte[] {1, 2, 3});
            assertAnswer(client.read(WAIT), GENERIC_NACK, SmppStatus.RINVCMDID, 13);

            assertThat(b.smsc.events("submit_sm")).as("nothing broken reached the SMSC").isEmpty();

            client.send(SUBMIT_SM, 14, good);
            RawSmppClient.Pdu accepted = client.read(WAIT);
            assertAnswer(accepted, SUBMIT_SM_RESP, SmppStatus.ROK, 14);
            assertThat(accepted.cString()).isEqualTo(kept.hex());
            SmscEvent delivered = b.smsc.awaitOne(e -> e.is("submit_sm"), WAIT, "the good SMS at B's SMSC");
            assertThat(new String(delivered.hex("short_message_hex"), StandardCharsets.US_ASCII))
                    .isEqualTo("imekaa sawa");

            client.send(0x00000015, 15, new byte[0]);
            assertAnswer(client.read(WAIT), 0x80000015, 0, 15);
        }
        // the four the reader refused; the bad id TLV and the unknown command are answered as errors, not malformed
        assertThat(b.handler().status().malformedPdus()).isEqualTo(4);
    }

    @Test
    void anUnframeableCommandLengthEndsOnlyThatConnection() throws Exception {
        try (RawSmppClient client = boundClient()) {
            // what Net::SMPP would believe and reserve 2 GB for
            client.sendRaw(ByteBuffer.allocate(16).putInt(0x7ffffff0).putInt(SUBMIT_SM).putInt(0).putInt(3).array());
            RawSmppClient.Pdu nack = client.read(WAIT);
            assertThat(nack.commandId()).isEqualTo(GENERIC_NACK);
            assertThat(nack.status()).isEqualTo(SmppStatus.RINVCMDLEN);
            assertThat(client.closedWithin(Duration.ofSeconds(20))).as("connection closed").isTrue();
        }
        try (RawSmppClient again = boundClient()) {
            SmsId id = SmsId.fromBytes(new byte[16]);
            again.send(SUBMIT_SM, 2, validSubmit("bado niko hapa", id));
            assertAnswer(again.read(WAIT), SUBMIT_SM_RESP, SmppStatus.ROK, 2);
        }
        b.smsc.awaitOne(e -> e.is("submit_sm"), WAIT, "the SMS sent after the broken connection");
    }

    @Test
    void aSubmitBeforeBindIsRefusedAndTheConnectionCanStillBind() throws Exception {
        try (RawSmppClient client = new RawSmppClient(b.listen)) {
            client.send(SUBMIT_SM, 4, validSubmit("mapema mno", SmsId.fromBytes(new byte[16])));
            assertAnswer(client.read(WAIT), GENERIC_NACK, SmppStatus.RINVBNDSTS, 4);
            client.send(0x00000009, 5, RawSmppClient.bindBody("ISMPP", "foo"));
            assertAnswer(client.read(WAIT), 0x80000009, SmppStatus.ROK, 5);
        }
        assertThat(b.smsc.events("submit_sm")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try (RawSmppClient client = new RawSmppClient(b.listen)) {
            client.send(0x00000009, 1, RawSmppClient.bindBody("ISMPP", "bar"));
            RawSmppClient.Pdu resp = client.read(WAIT);
            assertThat(resp.commandId()).isEqualTo(0x80000009);
            assertThat(resp.status()).isEqualTo(SmppStatus.RINVPASWD);
        }
    }

    @Test
    void brokenDeliverSmFromTheSmscGetsGenericNackAndTheBindSurvives() throws Exception {
        // deliver_sm whose destination C-string never ends
        byte[] body = RawSmppClient.cut(RawSmppClient.submitBody("1001", "2001", new byte[3], new byte[0]), 12);
        ByteBuffer pdu = ByteBuffer.allocate(16 + body.length).putInt(16 + body.length).putInt(0x00000005).putInt(0)
                .putInt(0x4242).put(body);
        b.smsc.raw(pdu.array());
        SmscEvent nack = b.smsc.awaitOne(e -> e.is("generic_nack"), WAIT, "generic_nack for the broken deliver_sm");
        assertThat(nack.num("seq")).isEqualTo(0x4242);
        assertThat(nack.num("status")).isEqualTo(SmppStatus.RINVCMDLEN);

        ShortMessage sms = new ShortMessage("CMT", new SmppAddress(3, 1, "2001"), new SmppAddress(0, 1, "2001"), 0x01,
                0, 0, "", "", 0, 0, 0, 0, "bado tupo".getBytes(StandardCharsets.US_ASCII), List.of());
        b.smsc.deliver("after", sms);
        SmscEvent ack = b.smsc.awaitOne(e -> e.is("deliver_sm_resp") && "after".equals(e.fields().get("tag")), WAIT,
                "the answer to a good deliver_sm on the same bind");
        assertThat(ack.num("status")).isZero();
        assertThat(b.smsc.events("bound")).hasSize(1);
        b.smsc.awaitOne(e -> e.is("submit_sm"), WAIT, "the good SMS delivered to its local recipient");
    }
}
