package org.dgsm.hlr.gsup;

/**
 * Starts answers the way osmo builds them (gsup-ipa.md §7): the reply copies the request's IMSI, message class,
 * SM-RP-MR and session id, takes the request's Source-Name (if any) as Destination-Name, and sets the session state
 * to end for a final answer (or when the request already said end) and to continue otherwise. Messages sent in the
 * middle of a procedure, such as the Insert Subscriber Data during an Update Location, are built the same way.
 */
public final class GsupReplies {

    private GsupReplies() {
    }

    /**
     * A final result: the request's type with the result bits.
     *
     * @throws IllegalArgumentException if {@code request} is not a request
     */
    public static GsupMessageBuilder result(GsupMessage request) {
        return reply(request, GsupMessageType.resultCodeFor(request.messageType()), true);
    }

    /**
     * A final error with {@code cause} (a {@link GmmCause}).
     *
     * @throws IllegalArgumentException if {@code request} is not a request or the cause is not 1–255
     */
    public static GsupMessageBuilder error(GsupMessage request, int cause) {
        if (cause < 1 || cause > 0xff) {
            throw new IllegalArgumentException("cause must be 1-255, got " + cause);
        }
        return reply(request, GsupMessageType.errorCodeFor(request.messageType()), true).cause(cause);
    }

    /** A message of any type answering or continuing {@code request}. */
    public static GsupMessageBuilder reply(GsupMessage request, int messageType, boolean finalAnswer) {
        GsupMessageBuilder reply = GsupMessage.builder(messageType, request.imsi())
                .messageClass(request.messageClass())
                .destinationName(request.sourceName())
                .smRpMr(request.smRpMr());
        GsupSession session = request.session();
        if (session != null) {
            boolean end = finalAnswer || session.state() == GsupSession.END;
            reply.session(new GsupSession(session.id(), end ? GsupSession.END : GsupSession.CONTINUE));
        }
        return reply;
    }
}
