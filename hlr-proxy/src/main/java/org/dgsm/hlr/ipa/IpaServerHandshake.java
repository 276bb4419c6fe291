package org.dgsm.hlr.ipa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dgsm.hlr.gsup.Octets;

/**
 * The HLR side of one IPA connection, as osmo-hlr runs it (gsup-ipa.md §2.5): sends the 20-byte ID_GET on accept;
 * takes the raw value of tag 0x00 (serial number, NUL included) from the ID_RESP as the peer's IPA name; closes the
 * connection if the ID_RESP lacks a non-empty unit id (tag 0x08) or serial number or cannot be parsed; answers PING
 * with PONG and each ID_ACK with one ID_ACK; never pings itself. GSUP messages are handed out as {@link
 * IpaEvent.GsupReceived}, or as {@link IpaEvent.GsupBeforeIdentity} while the peer has no name yet. Other streams and
 * extensions are ignored; a malformed IPA header closes the connection. Once {@link IpaEvent.Close} has been returned
 * all further input is ignored.
 */
public final class IpaServerHandshake {

    /** The ID_GET frame osmo-hlr sends on accept (vector ipa01). */
    private static final byte[] ID_GET = CcmEncoder.frame(new CcmMessage.IdGet(CcmIdTag.OSMO_HLR_REQUEST));
    private static final byte[] PONG = CcmEncoder.frame(new CcmMessage.Pong());
    private static final byte[] ID_ACK = CcmEncoder.frame(new CcmMessage.IdAck());

    private final FrameFeed feed = new FrameFeed();
    private Octets peerName;
    private boolean closed;

    /** The bytes to send as soon as the connection is accepted. */
    public List<IpaEvent> onConnect() {
        return List.of(IpaEvent.Send.of(ID_GET));
    }

    public List<IpaEvent> onBytes(byte[] chunk) {
        return onBytes(chunk, 0, chunk.length);
    }

    public List<IpaEvent> onBytes(byte[] chunk, int offset, int length) {
        if (closed) {
            return List.of();
        }
        FrameFeed.Result result = feed.feed(chunk, offset, length);
        List<IpaEvent> events = new ArrayList<>();
        for (IpaFrame frame : result.frames()) {
            if (closed) {
                break;
            }
            handle(frame, events);
        }
        if (result.failure() != null && !closed) {
            close(events, result.failure());
        }
        return events;
    }

    /** The peer's IPA name once its ID_RESP was accepted. */
    public Optional<Octets> peerName() {
        return Optional.ofNullable(peerName);
    }

    public boolean isClosed() {
        return closed;
    }

    private void handle(IpaFrame frame, List<IpaEvent> events) {
        if (frame.isGsup()) {
            events.add(peerName == null
                    ? new IpaEvent.GsupBeforeIdentity(frame.payload())
                    : new IpaEvent.GsupReceived(frame.payload()));
            return;
        }
        if (!frame.isCcm()) {
            events.add(new IpaEvent.Ignored(FrameFeed.describeIgnored(frame)));
            return;
        }
        CcmMessage message;
        try {
            message = CcmDecoder.decode(frame.payload());
        } catch (MalformedIpaException e) {
            close(events, "malformed CCM message: " + e.getMessage());
            return;
        }
        if (message instanceof CcmMessage.Ping) {
            events.add(IpaEvent.Send.of(PONG));
        } else if (message instanceof CcmMessage.IdAck) {
            events.add(IpaEvent.Send.of(ID_ACK));
        } else if (message instanceof CcmMessage.IdResp response) {
            identify(response, events);
        } else {
            events.add(new IpaEvent.Ignored(String.format("CCM type 0x%02x not handled by a server", message.type())));
        }
    }

    private void identify(CcmMessage.IdResp response, List<IpaEvent> events) {
        if (peerName != null) {
            events.add(new IpaEvent.Ignored("repeated ID_RESP; the peer keeps its first name"));
            return;
        }
        if (response.value(CcmIdTag.UNIT_ID).filter(v -> !v.isEmpty()).isEmpty()) {
            close(events, "ID_RESP without unit id (tag 0x08)");
            return;
        }
        Optional<Octets> serial = response.value(CcmIdTag.SERIAL_NUMBER).filter(v -> !v.isEmpty());
        if (serial.isEmpty()) {
            close(events, "ID_RESP without serial number (tag 0x00): the peer cannot be routed");
            return;
        }
        peerName = serial.get();
        events.add(new IpaEvent.PeerIdentified(peerName, response));
    }

    private void close(List<IpaEvent> events, String reason) {
        closed = true;
        events.add(new IpaEvent.Close(reason));
    }
}
