package org.dgsm.hlr.ipa;

import java.io.ByteArrayOutputStream;
import org.dgsm.hlr.gsup.Octets;

/** {@link CcmMessage} → CCM payload or whole IPA frame, in the encodings osmo uses (see {@link CcmDecoder}). */
public final class CcmEncoder {

    private CcmEncoder() {
    }

    public static byte[] encode(CcmMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(message.type());
        if (message instanceof CcmMessage.IdGet get) {
            for (int tag : get.tags()) {
                out.write(1);
                out.write(tag);
            }
        } else if (message instanceof CcmMessage.IdResp resp) {
            for (CcmIdEntry entry : resp.entries()) {
                int length = 1 + entry.value().length();
                out.write(length >>> 8);
                out.write(length);
                out.write(entry.tag());
                out.writeBytes(entry.value().toByteArray());
            }
        } else if (message instanceof CcmMessage.Other other) {
            out.writeBytes(other.body().toByteArray());
        }
        return out.toByteArray();
    }

    /**
     * The whole IPA frame on stream 0xFE.
     *
     * @throws IllegalArgumentException if the message does not fit one IPA frame
     */
    public static byte[] frame(CcmMessage message) {
        return IpaFrameEncoder.encode(IpaFrame.ccm(Octets.of(encode(message))));
    }
}
