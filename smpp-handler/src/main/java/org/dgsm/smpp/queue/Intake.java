package org.dgsm.smpp.queue;

import org.dgsm.smpp.message.SmppStatus;
import org.dgsm.smpp.message.SmsId;

import java.util.List;

/**
 * The router's answer to a message handed to this village: the command_status to send back (only
 * {@link SmppStatus#ROK} after the message is durably stored), the id it is stored under, and the work it started.
 */
public record Intake(int status, SmsId id, String detail, List<RouterAction> actions) {

    public Intake {
        actions = List.copyOf(actions);
    }

    static Intake accepted(SmsId id, List<RouterAction> actions) {
        return new Intake(SmppStatus.ROK, id, "", actions);
    }

    static Intake rejected(int status, String detail) {
        return new Intake(status, null, detail, List.of());
    }

    public boolean isAccepted() {
        return status == SmppStatus.ROK;
    }
}
