package org.dgsm.hlr.ctrl;

/** CTRL messages and IPA control answers as bytes on the wire. */
public final class CtrlFrames {

    private static final int CCM_PONG = 0x01;

    private CtrlFrames() {
    }

    /** The IPA PONG answering a PING: {@code 00 01 fe 01}. */
    public static byte[] pong() {
        return ccm(CCM_PONG);
    }

    /** The IPA ID_ACK answering an ID_ACK: {@code 00 01 fe 06}. */
    public static byte[] idAck() {
        return ccm(CtrlFrameDecoder.CCM_ID_ACK);
    }

    /** {@code LL LL EE 00} + the command's text. */
    public static byte[] frame(CtrlCommand command) {
        return frameText(CtrlCodec.encode(command));
    }

    /**
     * Frames CTRL text.
     *
     * @throws IllegalArgumentException if the text does not fit the 16-bit IPA length (replies are far smaller)
     */
    public static byte[] frameText(byte[] text) {
        int length = text.length + 1;
        if (length > 0xffff) {
            throw new IllegalArgumentException("CTRL text of " + text.length + " bytes does not fit one IPA frame");
        }
        byte[] frame = new byte[CtrlFrameDecoder.HEADER_LENGTH + length];
        frame[0] = (byte) (length >>> 8);
        frame[1] = (byte) length;
        frame[2] = (byte) CtrlFrameDecoder.STREAM_OSMO;
        frame[3] = CtrlFrameDecoder.EXTENSION_CTRL;
        System.arraycopy(text, 0, frame, 4, text.length);
        return frame;
    }

    private static byte[] ccm(int messageType) {
        return new byte[] {0x00, 0x01, (byte) CtrlFrameDecoder.STREAM_CCM, (byte) messageType};
    }
}
