package org.dgsm.node.bench;

import java.util.List;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;

/**
 * One bench connection's transactions, one at a time, acting as an MSC/VLR would: sends the request; answers the
 * HLR's Insert Subscriber Data (and Location Cancel / Delete Data, should the HLR send them) with a result and any
 * other request with an error; ends the transaction on the result (success), on the error or a Routing Error
 * (failure). Answers are matched by IMSI and type, so a late answer to a timed-out transaction can be taken for the
 * next one on the same connection with the same IMSI. Sans-I/O.
 */
final class GsupBenchTransaction {

    enum Outcome { SUCCESS, FAILURE }

    /** What to do after a message: messages to send back, and the transaction's outcome if it is over. */
    record Step(List<GsupMessage> send, Outcome outcome) {
        static final Step NOTHING = new Step(List.of(), null);

        static Step reply(GsupMessage message) {
            return new Step(List.of(message), null);
        }

        static Step over(Outcome outcome) {
            return new Step(List.of(), outcome);
        }
    }

    private final GsupBenchOp op;
    private final int cnDomain;
    private String imsi;

    GsupBenchTransaction(GsupBenchOp op, int cnDomain) {
        this.op = op;
        this.cnDomain = cnDomain;
    }

    /** Starts a transaction; @return the request to send */
    GsupMessage begin(String imsi) {
        if (this.imsi != null) {
            throw new IllegalStateException("transaction for " + this.imsi + " still open");
        }
        this.imsi = imsi;
        return GsupMessage.builder(op.request(), imsi).cnDomain(cnDomain).build();
    }

    Step onMessage(GsupMessage message) {
        if (message.isRequest()) {
            return Step.reply(answer(message));
        }
        if (imsi == null || !imsi.equals(message.imsi())) {
            return Step.NOTHING;
        }
        GsupMessageType type = message.type();
        if (type == op.result()) {
            imsi = null;
            return Step.over(Outcome.SUCCESS);
        }
        if (type == op.error() || type == GsupMessageType.ROUTING_ERROR) {
            imsi = null;
            return Step.over(Outcome.FAILURE);
        }
        return Step.NOTHING;
    }

    /** The open transaction took too long: it is over, as a failure. */
    void abandon() {
        imsi = null;
    }

    boolean isOpen() {
        return imsi != null;
    }

    private static GsupMessage answer(GsupMessage request) {
        return switch (request.type()) {
            case INSERT_DATA_REQUEST, LOCATION_CANCEL_REQUEST, DELETE_DATA_REQUEST ->
                    GsupReplies.result(request).build();
            default -> GsupReplies.error(request, GmmCause.MSG_TYPE_NOT_IMPLEMENTED).build();
        };
    }
}
