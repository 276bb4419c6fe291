package org.dgsm.smpp.link;

import org.dgsm.smpp.message.ShortMessage;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.PDUSender;
import org.jsmpp.bean.SubmitSmResp;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.PendingResponse;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SendCommandTask;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.util.DefaultComposer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A jSMPP client session that submits a {@link ShortMessage} with every field as given (jSMPP's own submit takes
 * enums for TON/NPI and cannot carry every value), and that fails waiting submits as soon as the connection closes
 * instead of leaving them to their timeout.
 */
final class SubmittingSession extends SMPPSession {

    private static final DefaultComposer COMPOSER = new DefaultComposer();

    private final Set<Integer> waiting = ConcurrentHashMap.newKeySet();

    SubmittingSession(PDUSender sender, GuardedPduReader reader, ConnectionFactory connections) {
        super(sender, reader, connections);
        reader.guard(this);
        addSessionStateListener((newState, oldState, source) -> {
            if (newState == SessionState.CLOSED) {
                failWaiting();
            }
        });
    }

    /**
     * Sends one submit_sm and waits for its response.
     *
     * @return the message_id of a positive response
     * @throws NegativeResponseException for a response with an error status
     * @throws InvalidResponseException  for a generic_nack, or when the connection closed while waiting
     */
    String submit(ShortMessage m, long timeoutMillis) throws PDUException, ResponseTimeoutException,
            InvalidResponseException, NegativeResponseException, IOException {
        ensureTransmittable("submit_sm");
        int[] sequence = {-1};
        try {
            SubmitSmResp resp = (SubmitSmResp) executeSendCommand(new SendCommandTask() {
                @Override
                public void executeTask(OutputStream out, int sequenceNumber) throws PDUException, IOException {
                    byte[] pdu = COMPOSER.submitSm(sequenceNumber, m.serviceType(), (byte) m.source().ton(),
                            (byte) m.source().npi(), m.source().address(), (byte) m.destination().ton(),
                            (byte) m.destination().npi(), m.destination().address(), (byte) m.esmClass(),
                            (byte) m.protocolId(), (byte) m.priorityFlag(), m.scheduleDeliveryTime(),
                            m.validityPeriod(), (byte) m.registeredDelivery(), (byte) m.replaceIfPresent(),
                            (byte) m.dataCoding(), (byte) m.smDefaultMsgId(), m.shortMessage(),
                            JsmppMessages.parameters(m.tlvs()));
                    sequence[0] = sequenceNumber;
                    waiting.add(sequenceNumber);
                    synchronized (out) {
                        out.write(pdu);
                        out.flush();
                    }
                }

                @Override
                public String getCommandName() {
                    return "submit_sm";
                }
            }, timeoutMillis);
            return resp.getMessageId() == null ? "" : resp.getMessageId();
        } finally {
            waiting.remove(sequence[0]);
        }
    }

    /** Unbinds, waiting at most {@code timeoutMillis} for unbind_resp, and closes. */
    void unbindAndClose(long timeoutMillis) {
        setTransactionTimer(timeoutMillis);
        unbindAndClose();
    }

    private void failWaiting() {
        for (Integer sequence : waiting) {
            PendingResponse<?> pending = removePendingResponse(sequence);
            if (pending != null) {
                pending.doneWithInvalidResponse(new InvalidResponseException("connection closed before the answer"));
            }
        }
    }
}
