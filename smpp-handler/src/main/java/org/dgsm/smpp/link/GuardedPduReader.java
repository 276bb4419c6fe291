package org.dgsm.smpp.link;

import org.dgsm.smpp.message.PduStructure;
import org.dgsm.smpp.message.SmppStatus;
import org.jsmpp.InvalidCommandLengthException;
import org.jsmpp.PDUReader;
import org.jsmpp.PDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.Command;
import org.jsmpp.session.Session;
import org.jsmpp.util.DefaultDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PDUReader} that lets only well-formed PDUs reach jSMPP. jSMPP's own reader allocates whatever
 * command_length says (2 GB for 0x7ffffff0) and its decoder throws unchecked exceptions on truncated bodies, after
 * which no response is ever sent. This reader
 * <ul>
 *   <li>refuses a command_length outside 16..{@value #MAX_COMMAND_LENGTH} without reading further: jSMPP then sends
 *       generic_nack ESME_RINVCMDLEN and closes the connection (the octet stream can no longer be framed);</li>
 *   <li>checks the body with {@link PduStructure} and a trial decode; a malformed request is answered here with
 *       generic_nack and the status that says why, a malformed response is dropped (its request times out and is
 *       retried), and reading goes on with the next PDU: the bind survives.</li>
 * </ul>
 * One instance per connection; jSMPP calls it from the connection's single reader thread.
 */
final class GuardedPduReader implements PDUReader {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedPduReader.class);

    /** Largest PDU accepted: a full message_payload (64 KiB) does not fit jSMPP anyway, see PduStructure. */
    static final int MAX_COMMAND_LENGTH = 65_536;
    /** Read timeouts tolerated in the middle of a PDU before the peer counts as stalled. */
    private static final int MAX_STALLS_INSIDE_PDU = 4;

    private final PDUSender sender;
    private final String peer;
    private final AtomicLong malformedCounter;
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    private volatile OutputStream out;
    private volatile Session session;
    private boolean bindPassed;
    private byte[] pending;

    GuardedPduReader(PDUSender sender, String peer, AtomicLong malformedCounter) {
        this.sender = sender;
        this.peer = peer;
        this.malformedCounter = malformedCounter;
    }

    /** Where generic_nacks go: the connection's output stream (the one jSMPP writes to). */
    void attach(OutputStream stream) {
        this.out = stream;
    }

    /**
     * The session this reader feeds. Until a bind has passed (a bind request read, or a positive bind response),
     * requests other than binds, enquire_link and unbind are answered here with generic_nack ESME_RINVBNDSTS, as
     * SMPP 3.4 asks (jSMPP would drop the connection). Once a bind has passed, jSMPP's state machine decides: the
     * session's state changes only when jSMPP has processed the bind, and jSMPP processes PDUs in order, so a
     * deliver_sm sent right behind the bind_resp must not be judged by the state at read time.
     */
    void guard(Session guarded) {
        this.session = guarded;
    }

    @Override
    public Command readPDUHeader(DataInputStream in) throws InvalidCommandLengthException, IOException {
        while (true) {
            byte[] lengthField = new byte[4];
            readFully(in, lengthField, 0, 4, true);
            int length = ((lengthField[0] & 0xff) << 24) | ((lengthField[1] & 0xff) << 16)
                    | ((lengthField[2] & 0xff) << 8) | (lengthField[3] & 0xff);
            if (length < PduStructure.HEADER_LENGTH || length > MAX_COMMAND_LENGTH) {
                malformedCounter.incrementAndGet();
                LOG.warn("{} sent command_length {} (allowed {}..{}); the connection cannot be framed any more",
                        peer, Integer.toUnsignedString(length), PduStructure.HEADER_LENGTH, MAX_COMMAND_LENGTH);
                throw new InvalidCommandLengthException("command_length " + Integer.toUnsignedString(length)
                        + " outside " + PduStructure.HEADER_LENGTH + ".." + MAX_COMMAND_LENGTH);
            }
            byte[] pdu = new byte[length];
            System.arraycopy(lengthField, 0, pdu, 0, 4);
            readFully(in, pdu, 4, length - 4, false);
            int status = PduStructure.check(pdu);
            if (status == SmppStatus.ROK && !allowedInState(PduStructure.commandId(pdu))) {
                status = SmppStatus.RINVBNDSTS;
            }
            if (status == SmppStatus.ROK) {
                status = trialDecode(pdu);
            }
            if (status == SmppStatus.ROK) {
                noteBind(pdu);
                pending = pdu;
                return header(pdu);
            }
            refuse(pdu, status);
        }
    }

    @Override
    public byte[] readPDU(DataInputStream in, Command pduHeader) {
        return takePending();
    }

    @Override
    public byte[] readPDU(DataInputStream in, int commandLength, int commandId, int commandStatus,
                          int sequenceNumber) {
        return takePending();
    }

    private void noteBind(byte[] pdu) {
        int commandId = PduStructure.commandId(pdu);
        boolean bindRequest = commandId == 0x00000001 || commandId == 0x00000002 || commandId == 0x00000009;
        boolean boundResponse = (commandId == 0x80000001 || commandId == 0x80000002 || commandId == 0x80000009)
                && PduStructure.commandStatus(pdu) == SmppStatus.ROK;
        if (bindRequest || boundResponse) {
            bindPassed = true;
        }
    }

    private boolean allowedInState(int commandId) {
        Session guarded = session;
        if (guarded == null || bindPassed || guarded.getSessionState().isBound()
                || (commandId & PduStructure.RESPONSE_BIT) != 0) {
            return true;
        }
        return switch (commandId) {
            case 0x00000001, 0x00000002, 0x00000009, 0x00000006, 0x0000000b, 0x00000015 -> true;
            default -> false;
        };
    }

    private byte[] takePending() {
        byte[] pdu = pending;
        pending = null;
        if (pdu == null) {
            throw new IllegalStateException("readPDU without a preceding readPDUHeader");
        }
        return pdu;
    }

    private void refuse(byte[] pdu, int status) throws IOException {
        if (status != SmppStatus.RINVBNDSTS) {
            malformedCounter.incrementAndGet();
        }
        int commandId = PduStructure.commandId(pdu);
        int sequence = PduStructure.sequenceNumber(pdu);
        String dump = HexFormat.of().formatHex(pdu, 0, Math.min(pdu.length, 64));
        if ((commandId & PduStructure.RESPONSE_BIT) != 0) {
            LOG.warn("{} sent a malformed response 0x{} seq {} ({}), dropped: {}", peer,
                    Integer.toHexString(commandId), sequence, SmppStatus.describe(status), dump);
            return;
        }
        LOG.warn("{} sent {} PDU 0x{} seq {}, answering generic_nack {}: {}", peer,
                status == SmppStatus.RINVBNDSTS ? "before binding a" : "a malformed",
                Integer.toHexString(commandId), sequence, SmppStatus.describe(status), dump);
        OutputStream stream = out;
        if (stream != null) {
            sender.sendGenericNack(stream, status, sequence);
        }
    }

    /** Decodes as jSMPP will; its unchecked failures mean "malformed", its PDUStringException it answers itself. */
    private int trialDecode(byte[] pdu) {
        try {
            switch (PduStructure.commandId(pdu)) {
                case 0x00000001, 0x00000002, 0x00000009 -> decomposer.bind(pdu);
                case 0x80000001, 0x80000002, 0x80000009 -> decomposer.bindResp(pdu);
                case 0x00000004 -> decomposer.submitSm(pdu);
                case 0x80000004 -> decomposer.submitSmResp(pdu);
                case 0x00000005 -> decomposer.deliverSm(pdu);
                case 0x80000005 -> decomposer.deliverSmResp(pdu);
                case 0x00000103 -> decomposer.dataSm(pdu);
                case 0x80000103 -> decomposer.dataSmResp(pdu);
                case 0x00000003 -> decomposer.querySm(pdu);
                case 0x00000007 -> decomposer.replaceSm(pdu);
                case 0x00000008 -> decomposer.cancelSm(pdu);
                case 0x00000021 -> decomposer.submitMulti(pdu);
                case 0x00000102 -> decomposer.alertNotification(pdu);
                case 0x0000000b -> decomposer.outbind(pdu);
                case 0x00000111 -> decomposer.broadcastSm(pdu);
                case 0x00000112 -> decomposer.queryBroadcastSm(pdu);
                case 0x00000113 -> decomposer.cancelBroadcastSm(pdu);
                default -> {
                    // header-only commands and unknown ids: jSMPP does not look at the body
                }
            }
            return SmppStatus.ROK;
        } catch (PDUStringException e) {
            return SmppStatus.ROK;
        } catch (org.jsmpp.InvalidNumberOfDestinationsException e) {
            return SmppStatus.ROK;
        } catch (RuntimeException e) {
            LOG.debug("trial decode failed: {}", e.toString());
            return SmppStatus.RSYSERR;
        }
    }

    private static Command header(byte[] pdu) {
        Command header = new Command();
        header.setCommandLength(pdu.length);
        header.setCommandId(PduStructure.commandId(pdu));
        header.setCommandStatus(PduStructure.commandStatus(pdu));
        header.setSequenceNumber(PduStructure.sequenceNumber(pdu));
        return header;
    }

    /**
     * Reads exactly {@code length} octets. A read timeout before the first octet of a PDU goes to jSMPP (it sends
     * enquire_link then); inside a PDU it is waited out a few times, then the peer counts as stalled.
     */
    private static void readFully(InputStream in, byte[] buffer, int offset, int length, boolean startOfPdu)
            throws IOException {
        int done = 0;
        int stalls = 0;
        while (done < length) {
            int n;
            try {
                n = in.read(buffer, offset + done, length - done);
            } catch (SocketTimeoutException e) {
                if (startOfPdu && done == 0) {
                    throw e;
                }
                if (++stalls > MAX_STALLS_INSIDE_PDU) {
                    throw new IOException("peer stalled in the middle of a PDU", e);
                }
                continue;
            }
            if (n < 0) {
                throw new EOFException("connection closed after " + done + " of " + length + " octets");
            }
            done += n;
        }
    }
}
