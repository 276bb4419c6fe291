package org.dgsm.hlr.netty;

import java.util.Objects;
import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.gsup.Tbcd;

/**
 * What the server does with one GSUP payload from a peer before the HLR sees it. Every message that decodes goes to
 * the {@link org.dgsm.hlr.core.GsupHandler}, which applies osmo-hlr's request rules (Source-Name routing, IMSI of 6–15
 * digits or Error 0x60 for requests, ...). Only what the handler can never see is decided here:
 *
 * <p>Undecodable messages: osmo-hlr 1.5 logs and discards them all (osmo_gsup_req_new). Where the message is a
 * request whose IMSI IE is still readable (first IE, intact, a valid IMSI) this intake answers an error instead,
 * carrying the GMM cause libosmogsm's decoder reports for the same bytes ({@link MalformedGsupException#gmmCause()},
 * 0x6f where it reports none), so that the peer's transaction ends at once rather than by timeout. The answer goes
 * back on the connection the request came in on and carries only type, IMSI and cause. Everything else undecodable is
 * discarded. Sans-I/O.
 */
final class GsupIntake {

    private static final int IMSI_TAG = 0x01;
    private static final int MAX_IMSI_BYTES = 8;

    /** The outcome for one message. */
    sealed interface Verdict {
    }

    /** Hand the message to the HLR. */
    record Accept(GsupMessage message) implements Verdict {
        Accept {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Send {@code reply} back on the same connection; the HLR does not see the message. */
    record Answer(GsupMessage reply, String reason) implements Verdict {
        Answer {
            Objects.requireNonNull(reply, "reply");
        }
    }

    /** Drop the message. */
    record Discard(String reason) implements Verdict {
    }

    private GsupIntake() {
    }

    static Verdict examine(byte[] gsup) {
        try {
            return new Accept(GsupDecoder.decode(gsup));
        } catch (MalformedGsupException e) {
            return undecodable(gsup, e);
        }
    }

    /** osmo's rule for an IMSI worth answering: 6 to 15 decimal digits. */
    static boolean isValidImsi(String imsi) {
        if (imsi.length() < 6 || imsi.length() > 15) {
            return false;
        }
        for (int i = 0; i < imsi.length(); i++) {
            if (imsi.charAt(i) < '0' || imsi.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Verdict undecodable(byte[] gsup, MalformedGsupException e) {
        int cause = e.gmmCause().orElse(GmmCause.PROTOCOL_ERROR_UNSPECIFIED);
        String reason = String.format("undecodable GSUP (cause 0x%02x): %s", cause, e.getMessage());
        if (gsup.length < 1 || GsupMessageType.kindOf(gsup[0] & 0xff) != GsupMessageType.Kind.REQUEST) {
            return new Discard(reason);
        }
        String imsi = readableImsi(gsup);
        if (imsi == null) {
            return new Discard(reason + "; no usable IMSI to answer with");
        }
        int errorType = GsupMessageType.errorCodeFor(gsup[0] & 0xff);
        return new Answer(GsupMessage.builder(errorType, imsi).cause(cause).build(), reason);
    }

    /** The IMSI of a message whose first IE is an intact, valid IMSI; null otherwise. */
    private static String readableImsi(byte[] gsup) {
        if (gsup.length < 3 || (gsup[1] & 0xff) != IMSI_TAG) {
            return null;
        }
        int length = gsup[2] & 0xff;
        if (length > MAX_IMSI_BYTES || length > gsup.length - 3) {
            return null;
        }
        String imsi = Tbcd.decode(gsup, 3, length);
        return isValidImsi(imsi) ? imsi : null;
    }
}
