package org.dgsm.hlr.ctrl;

/** What a {@link CtrlFrameDecoder} found on a CTRL connection. */
public sealed interface CtrlInput {

    /** A frame of stream 0xEE, extension 0x00: CTRL text for {@link CtrlCodec#decode}. */
    record Text(byte[] bytes) implements CtrlInput {
    }

    /** An IPA PING: answer with PONG. */
    record Ping() implements CtrlInput {
    }

    /** An IPA ID_ACK: osmo answers with ID_ACK. */
    record IdAck() implements CtrlInput {
    }

    /** Bytes osmo skips without answering (empty frames, other CCM messages, an oversized header). */
    record Skipped(String what) implements CtrlInput {
    }

    /** Input after which osmo closes the connection (a stream or extension other than CTRL); nothing follows. */
    record Close(String reason) implements CtrlInput {
    }
}
