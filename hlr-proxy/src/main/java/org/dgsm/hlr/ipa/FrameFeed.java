package org.dgsm.hlr.ipa;

import java.util.List;

/** Runs input through an {@link IpaFrameDecoder} and turns its failure into a value for the handshakes. */
final class FrameFeed {

    /** @param failure why the connection must close, or {@code null} */
    record Result(List<IpaFrame> frames, String failure) {
    }

    private final IpaFrameDecoder decoder = new IpaFrameDecoder();

    Result feed(byte[] chunk, int offset, int length) {
        try {
            return new Result(decoder.feed(chunk, offset, length), null);
        } catch (MalformedIpaException e) {
            return new Result(e.framesBeforeError(), e.getMessage());
        }
    }

    static String describeIgnored(IpaFrame frame) {
        if (frame.streamId() == IpaFrame.STREAM_OSMO) {
            int extension = frame.extension().getAsInt();
            return String.format("Osmocom extension 0x%02x%s ignored", extension,
                    extension == IpaFrame.EXT_OAP ? " (OAP)" : "");
        }
        return String.format("IPA stream 0x%02x ignored", frame.streamId());
    }
}
