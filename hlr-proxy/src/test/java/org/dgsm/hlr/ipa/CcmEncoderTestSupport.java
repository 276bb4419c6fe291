package org.dgsm.hlr.ipa;

import org.dgsm.hlr.gsup.Octets;

/** Frames a hand-written CCM payload, well-formed or not. */
final class CcmEncoderTestSupport {

    private CcmEncoderTestSupport() {
    }

    static byte[] frame(String payloadHex) {
        return IpaFrameEncoder.encode(IpaFrame.ccm(Octets.fromHex(payloadHex)));
    }
}
