package org.dgsm.hlr.ipa;

import org.dgsm.hlr.gsup.Octets;

/** {@link IpaFrame} → bytes on the wire. */
public final class IpaFrameEncoder {

    private IpaFrameEncoder() {
    }

    /**
     * @throws IllegalArgumentException if the frame is empty (osmo discards length-0 frames) or longer than
     *                                  {@link IpaFrame#MAX_LENGTH} (osmo drops the connection)
     */
    public static byte[] encode(IpaFrame frame) {
        int length = frame.length();
        if (length == 0 || length > IpaFrame.MAX_LENGTH) {
            throw new IllegalArgumentException("IPA frame length must be 1-" + IpaFrame.MAX_LENGTH + ", got " + length);
        }
        byte[] out = new byte[IpaFrame.HEADER_LENGTH + length];
        out[0] = (byte) (length >>> 8);
        out[1] = (byte) length;
        out[2] = (byte) frame.streamId();
        int offset = IpaFrame.HEADER_LENGTH;
        if (frame.extension().isPresent()) {
            out[offset++] = (byte) frame.extension().getAsInt();
        }
        frame.payload().copyTo(out, offset);
        return out;
    }

    /** A whole GSUP frame around an encoded GSUP message. */
    public static byte[] encodeGsup(byte[] gsupMessage) {
        return encode(IpaFrame.gsup(Octets.of(gsupMessage)));
    }
}
