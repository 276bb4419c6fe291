package org.dgsm.smpp.link;

import org.dgsm.smpp.message.SmppStatus;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.Command;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedPduReaderTest {

    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private final AtomicLong malformed = new AtomicLong();
    private final GuardedPduReader reader = newReader();

    private GuardedPduReader newReader() {
        GuardedPduReader r = new GuardedPduReader(new SynchronizedPDUSender(new DefaultPDUSender()), "test",
                malformed);
        r.attach(sent);
        return r;
    }

    private static byte[] pdu(int id, int status, int seq, byte[] body) {
        return ByteBuffer.allocate(16 + body.length).putInt(16 + body.length).putInt(id).putInt(status).putInt(seq)
                .put(body).array();
    }

    private static DataInputStream stream(byte[]... pdus) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : pdus) {
            all.writeBytes(p);
        }
        return new DataInputStream(new ByteArrayInputStream(all.toByteArray()));
    }

    private static final byte[] ENQUIRE_LINK = pdu(0x15, 0, 5, new byte[0]);
    /** deliver_sm whose service_type never ends. */
    private static final byte[] TRUNCATED_DELIVER = pdu(0x05, 0, 9, new byte[] {'C', 'M', 'T'});

    @Test
    void wellFormedPdusPassUnchanged() throws Exception {
        DataInputStream in = stream(ENQUIRE_LINK);
        Command header = reader.readPDUHeader(in);

        assertThat(header.getCommandId()).isEqualTo(0x15);
        assertThat(header.getSequenceNumber()).isEqualTo(5);
        assertThat(reader.readPDU(in, header)).isEqualTo(ENQUIRE_LINK);
        assertThat(sent.size()).isZero();
    }

    @Test
    void aMalformedRequestIsAnsweredWithGenericNackAndReadingGoesOn() throws Exception {
        DataInputStream in = stream(TRUNCATED_DELIVER, ENQUIRE_LINK);
        Command header = reader.readPDUHeader(in);

        assertThat(header.getCommandId()).as("the next good PDU").isEqualTo(0x15);
        assertThat(sent.toByteArray()).isEqualTo(pdu(0x80000000, SmppStatus.RINVCMDLEN, 9, new byte[0]));
        assertThat(malformed.get()).isEqualTo(1);
    }

    @Test
    void aMalformedResponseIsDroppedWithoutAnswer() throws Exception {
        byte[] brokenResp = pdu(0x80000004, 0, 3, new byte[] {'x'}); // message_id without NUL
        DataInputStream in = stream(brokenResp, ENQUIRE_LINK);

        assertThat(reader.readPDUHeader(in).getCommandId()).isEqualTo(0x15);
        assertThat(sent.size()).isZero();
        assertThat(malformed.get()).isEqualTo(1);
    }

    @Test
    void aCommandLengthOutsideTheLimitsIsRefusedWithoutReadingTheBody() {
        byte[] huge = ByteBuffer.allocate(16).putInt(0x7ffffff0).putInt(4).putInt(0).putInt(1).array();
        assertThatThrownBy(() -> reader.readPDUHeader(stream(huge)))
                .isInstanceOf(InvalidCommandLengthException.class).hasMessageContaining("2147483632");
        byte[] tiny = ByteBuffer.allocate(16).putInt(8).putInt(4).putInt(0).putInt(1).array();
        assertThatThrownBy(() -> newReader().readPDUHeader(stream(tiny)))
                .isInstanceOf(InvalidCommandLengthException.class);
        byte[] negative = ByteBuffer.allocate(16).putInt(-3).putInt(4).putInt(0).putInt(1).array();
        assertThatThrownBy(() -> newReader().readPDUHeader(stream(negative)))
                .isInstanceOf(InvalidCommandLengthException.class).hasMessageContaining("4294967293");
    }

    @Test
    void beforeAnyBindARequestIsRefusedWithInvalidBindStatus() throws Exception {
        org.jsmpp.session.SMPPSession unbound = new org.jsmpp.session.SMPPSession();
        reader.guard(unbound);
        byte[] deliver = pdu(0x05, 0, 11, new byte[] {0, 0, 0, '1', 0, 0, 0, '2', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        DataInputStream in = stream(deliver, ENQUIRE_LINK);

        assertThat(reader.readPDUHeader(in).getCommandId()).isEqualTo(0x15);
        assertThat(sent.toByteArray()).isEqualTo(pdu(0x80000000, SmppStatus.RINVBNDSTS, 11, new byte[0]));
    }

    @Test
    void aDeliverSmRightBehindTheBindResponsePasses() throws Exception {
        org.jsmpp.session.SMPPSession stillOpen = new org.jsmpp.session.SMPPSession();
        reader.guard(stillOpen); // jSMPP marks it bound only when it has processed the bind_resp
        byte[] bindResp = pdu(0x80000009, 0, 1, new byte[] {'m', 's', 'c', 0});
        byte[] deliver = pdu(0x05, 0, 12, new byte[] {0, 0, 0, '1', 0, 0, 0, '2', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        DataInputStream in = stream(bindResp, deliver);

        Command first = reader.readPDUHeader(in);
        reader.readPDU(in, first);
        assertThat(reader.readPDUHeader(in).getCommandId()).isEqualTo(0x05);
        assertThat(sent.size()).isZero();
    }

    @Test
    void aStreamThatEndsInsideAPduIsAnEndOfFile() {
        byte[] cut = java.util.Arrays.copyOf(ENQUIRE_LINK, 10);
        assertThatThrownBy(() -> reader.readPDUHeader(stream(cut))).isInstanceOf(EOFException.class);
    }
}
