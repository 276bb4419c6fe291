package org.dgsm.hlr.ipa;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.dgsm.hlr.gsup.Octets;

/**
 * Reassembles IPA frames from a TCP byte stream delivered in arbitrary chunks. It buffers at most one frame
 * (3 + {@link IpaFrame#MAX_LENGTH} bytes) and waits for more input while a frame is incomplete. Frames with length 0
 * are dropped, as osmo does; every stream id is passed on (the caller decides what to ignore).
 *
 * <p>A header announcing more than {@link IpaFrame#MAX_LENGTH} bytes is garbage that can never become valid: {@link
 * #feed} throws {@link MalformedIpaException} (carrying the frames completed before it) and the decoder is then
 * failed — the connection must be dropped; any further {@code feed} throws {@link IllegalStateException}.
 */
public final class IpaFrameDecoder {

    private final byte[] buffer = new byte[IpaFrame.HEADER_LENGTH + IpaFrame.MAX_LENGTH];
    private int buffered;
    private String failure;

    public List<IpaFrame> feed(byte[] chunk) throws MalformedIpaException {
        return feed(chunk, 0, chunk.length);
    }

    /** @return the frames completed by this chunk, in order; often none */
    public List<IpaFrame> feed(byte[] chunk, int offset, int length) throws MalformedIpaException {
        if (failure != null) {
            throw new IllegalStateException("IPA decoder already failed (" + failure + "); drop the connection");
        }
        List<IpaFrame> frames = new ArrayList<>();
        int pos = offset;
        int end = offset + length;
        while (pos < end) {
            if (buffered < IpaFrame.HEADER_LENGTH) {
                pos += take(chunk, pos, end, IpaFrame.HEADER_LENGTH);
                if (buffered < IpaFrame.HEADER_LENGTH) {
                    break;
                }
            }
            int frameLength = (buffer[0] & 0xff) << 8 | buffer[1] & 0xff;
            if (frameLength > IpaFrame.MAX_LENGTH) {
                failure = "IPA header announces " + frameLength + " bytes, at most " + IpaFrame.MAX_LENGTH
                        + " accepted";
                throw new MalformedIpaException(failure, frames);
            }
            pos += take(chunk, pos, end, IpaFrame.HEADER_LENGTH + frameLength);
            if (buffered == IpaFrame.HEADER_LENGTH + frameLength) {
                if (frameLength > 0) {
                    frames.add(frame(frameLength));
                }
                buffered = 0;
            }
        }
        return frames;
    }

    /** Bytes held back for an incomplete frame. */
    public int bufferedBytes() {
        return buffered;
    }

    private int take(byte[] chunk, int pos, int end, int target) {
        int n = Math.min(target - buffered, end - pos);
        System.arraycopy(chunk, pos, buffer, buffered, n);
        buffered += n;
        return n;
    }

    private IpaFrame frame(int frameLength) {
        int stream = buffer[2] & 0xff;
        if (stream == IpaFrame.STREAM_OSMO) {
            return new IpaFrame(stream, OptionalInt.of(buffer[3] & 0xff),
                    Octets.of(buffer, IpaFrame.HEADER_LENGTH + 1, frameLength - 1));
        }
        return new IpaFrame(stream, OptionalInt.empty(), Octets.of(buffer, IpaFrame.HEADER_LENGTH, frameLength));
    }
}
