package org.dgsm.hlr.ctrl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the byte stream of one CTRL connection into IPA frames and classifies them as libosmocore's CTRL server does,
 * sans-I/O. Input may arrive in any chunks; at most one frame (3 + {@value #MAX_LENGTH} bytes) is buffered.
 *
 * <ul>
 *   <li>{@code LL LL EE 00 text}: {@link CtrlInput.Text}.</li>
 *   <li>CCM (stream 0xFE): PING → {@link CtrlInput.Ping}, ID_ACK → {@link CtrlInput.IdAck}, anything else skipped.</li>
 *   <li>Length 0: skipped.</li>
 *   <li>A header announcing more than {@value #MAX_LENGTH} bytes: those 3 header bytes are skipped and reading goes
 *       on right after them, as libosmocore does (it drops the header and treats what follows as a new frame).</li>
 *   <li>Any other stream, or stream 0xEE with another extension than 0x00: {@link CtrlInput.Close}; the decoder then
 *       ignores all further input.</li>
 * </ul>
 */
public final class CtrlFrameDecoder {

    /** Largest length field libosmocore's receive buffer takes. */
    public static final int MAX_LENGTH = 1197;
    static final int HEADER_LENGTH = 3;
    static final int STREAM_CCM = 0xfe;
    static final int STREAM_OSMO = 0xee;
    static final int EXTENSION_CTRL = 0x00;
    static final int CCM_PING = 0x00;
    static final int CCM_ID_ACK = 0x06;

    private final byte[] buffer = new byte[HEADER_LENGTH + MAX_LENGTH];
    private int buffered;
    private boolean closed;

    /** Everything completed by {@code chunk}, in order; empty once a {@link CtrlInput.Close} was returned. */
    public List<CtrlInput> feed(byte[] chunk) {
        return feed(chunk, 0, chunk.length);
    }

    public List<CtrlInput> feed(byte[] chunk, int offset, int length) {
        if (offset < 0 || length < 0 || offset > chunk.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " of " + chunk.length);
        }
        List<CtrlInput> inputs = new ArrayList<>();
        int pos = offset;
        int end = offset + length;
        while (pos < end && !closed) {
            if (buffered < HEADER_LENGTH) {
                pos += take(chunk, pos, end, HEADER_LENGTH);
                if (buffered < HEADER_LENGTH) {
                    break;
                }
            }
            int frameLength = (buffer[0] & 0xff) << 8 | buffer[1] & 0xff;
            if (frameLength > MAX_LENGTH) {
                inputs.add(new CtrlInput.Skipped("IPA header announcing " + frameLength + " bytes (at most "
                        + MAX_LENGTH + ")"));
                buffered = 0;
                continue;
            }
            pos += take(chunk, pos, end, HEADER_LENGTH + frameLength);
            if (buffered == HEADER_LENGTH + frameLength) {
                buffered = 0;
                CtrlInput input = classify(frameLength);
                inputs.add(input);
                closed = input instanceof CtrlInput.Close;
            }
        }
        return inputs;
    }

    /** Whether a {@link CtrlInput.Close} was returned. */
    public boolean isClosed() {
        return closed;
    }

    /** Bytes held for a frame that is not complete yet. */
    public int bufferedBytes() {
        return buffered;
    }

    private int take(byte[] chunk, int pos, int end, int target) {
        int n = Math.min(target - buffered, end - pos);
        System.arraycopy(chunk, pos, buffer, buffered, n);
        buffered += n;
        return n;
    }

    private CtrlInput classify(int frameLength) {
        int stream = buffer[2] & 0xff;
        if (frameLength == 0) {
            return new CtrlInput.Skipped(String.format("empty IPA frame of stream 0x%02x", stream));
        }
        int first = buffer[HEADER_LENGTH] & 0xff;
        if (stream == STREAM_CCM) {
            return switch (first) {
                case CCM_PING -> new CtrlInput.Ping();
                case CCM_ID_ACK -> new CtrlInput.IdAck();
                default -> new CtrlInput.Skipped(String.format("IPA CCM message type 0x%02x", first));
            };
        }
        if (stream != STREAM_OSMO) {
            return new CtrlInput.Close(String.format("IPA stream 0x%02x is not CTRL (0xee)", stream));
        }
        if (first != EXTENSION_CTRL) {
            return new CtrlInput.Close(String.format("Osmocom extension 0x%02x is not CTRL (0x00)", first));
        }
        return new CtrlInput.Text(Arrays.copyOfRange(buffer, HEADER_LENGTH + 1, HEADER_LENGTH + frameLength));
    }
}
