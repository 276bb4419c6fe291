package org.dgsm.hlr.ctrl;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CTRL connection, sans-I/O: bytes in, the bytes to send back and whether to close. Frames are handled one by
 * one in order, as osmo does: a PING gets a PONG, an ID_ACK an ID_ACK, CTRL text its answer from {@link
 * CtrlCommands}; a frame of another protocol closes the connection after the answers to the frames before it.
 */
public final class CtrlConnection {

    private static final Logger log = LoggerFactory.getLogger(CtrlConnection.class);

    private final CtrlFrameDecoder frames = new CtrlFrameDecoder();
    private final CtrlCommands commands;
    private final String peer;

    /**
     * @param commands the command handler (shared by connections that are served from one thread)
     * @param peer     the remote address, for log lines
     */
    public CtrlConnection(CtrlCommands commands, String peer) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.peer = Objects.requireNonNull(peer, "peer");
    }

    /**
     * What to do after receiving bytes.
     *
     * @param toSend      bytes to write, possibly none
     * @param closeReason why the connection must be closed after writing them, or null to keep it open
     */
    public record Output(byte[] toSend, String closeReason) {
        public boolean close() {
            return closeReason != null;
        }
    }

    public Output receive(byte[] chunk) {
        return receive(chunk, 0, chunk.length);
    }

    public Output receive(byte[] chunk, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String closeReason = null;
        for (CtrlInput input : frames.feed(chunk, offset, length)) {
            if (input instanceof CtrlInput.Text text) {
                answer(text.bytes()).ifPresent(reply -> out.writeBytes(CtrlFrames.frame(reply)));
            } else if (input instanceof CtrlInput.Ping) {
                out.writeBytes(CtrlFrames.pong());
            } else if (input instanceof CtrlInput.IdAck) {
                out.writeBytes(CtrlFrames.idAck());
            } else if (input instanceof CtrlInput.Skipped skipped) {
                log.debug("CTRL {}: skipped {}", peer, skipped.what());
            } else if (input instanceof CtrlInput.Close close) {
                closeReason = close.reason();
                log.info("CTRL {}: closing: {}", peer, closeReason);
            }
        }
        return new Output(out.toByteArray(), closeReason);
    }

    /** Whether the connection was told to close; later input is ignored. */
    public boolean isClosed() {
        return frames.isClosed();
    }

    private Optional<CtrlCommand> answer(byte[] text) {
        CtrlCommand command;
        try {
            command = CtrlCodec.decode(text);
        } catch (MalformedCtrlException e) {
            log.debug("CTRL {}: {}", peer, e.getMessage());
            return Optional.of(e.errorReply());
        }
        Optional<CtrlCommand> reply = commands.handle(command);
        if (log.isDebugEnabled()) {
            log.debug("CTRL {}: {} {} {} -> {}", peer, command.type(), command.id(), command.variable(),
                    reply.map(r -> r.type() + (r.type() == CtrlType.ERROR ? " " + r.value() : "")).orElse("(none)"));
        }
        return reply;
    }
}
