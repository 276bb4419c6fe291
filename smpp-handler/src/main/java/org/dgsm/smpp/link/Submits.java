package org.dgsm.smpp.link;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.queue.AttemptOutcome;
import org.jsmpp.GenericNackResponseException;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;

import java.io.IOException;

/** One submit_sm on a bound session, its every ending mapped to an {@link AttemptOutcome}. */
final class Submits {

    private Submits() {
    }

    static AttemptOutcome submit(SubmittingSession session, ShortMessage message, long timeoutMillis, String to) {
        try {
            return new AttemptOutcome.Accepted(session.submit(message, timeoutMillis));
        } catch (NegativeResponseException e) {
            return new AttemptOutcome.Rejected(e.getCommandStatus(), to + " answered "
                    + SmppStatus.describe(e.getCommandStatus()));
        } catch (GenericNackResponseException e) {
            return new AttemptOutcome.Rejected(e.getCommandStatus(), to + " answered generic_nack");
        } catch (ResponseTimeoutException e) {
            session.close(); // an unanswered request leaves the link suspect; the next attempt reconnects
            return new AttemptOutcome.LinkFailed("no answer from " + to + " within " + timeoutMillis + " ms");
        } catch (InvalidResponseException | IOException e) {
            return new AttemptOutcome.LinkFailed("link to " + to + " failed: " + e.getMessage());
        } catch (PDUException e) {
            // the message does not fit into a submit_sm (a field jSMPP refuses); it never will
            return new AttemptOutcome.Rejected(SmppStatus.RINVPARLEN, "cannot encode submit_sm: " + e.getMessage());
        } catch (RuntimeException e) {
            return new AttemptOutcome.LinkFailed("submit to " + to + " failed: " + e);
        }
    }
}
