package org.dgsm.hlr.ipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class IpaFrameEncoderTest {

    @Test
    void wrapsAGsupMessageAsCaptured() {
        byte[] frame = IpaFrameEncoder.encodeGsup(Hex.parse("08010809710000004207f1280102"));
        assertThat(Hex.format(frame)).isEqualTo(GsupVectors.byId("ipa07").hex());
    }

    @Test
    void countsTheExtensionByteInTheLength() {
        IpaFrame frame = IpaFrame.gsup(Octets.fromHex("0401"));
        assertThat(frame.length()).isEqualTo(3);
        assertThat(Hex.format(IpaFrameEncoder.encode(frame))).isEqualTo("0003ee050401");
    }

    @Test
    void encodesCcmFrames() {
        assertThat(Hex.format(IpaFrameEncoder.encode(IpaFrame.ccm(Octets.fromHex("00"))))).isEqualTo("0001fe00");
    }

    @Test
    void refusesFramesOsmoWouldNotAccept() {
        assertThatThrownBy(() -> IpaFrameEncoder.encode(IpaFrame.ccm(Octets.EMPTY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> IpaFrameEncoder.encode(IpaFrame.gsup(Octets.of(new byte[1197]))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1198");
        assertThat(IpaFrameEncoder.encode(IpaFrame.gsup(Octets.of(new byte[1196])))).hasSize(1200);
    }

    @Test
    void extensionGoesWithStreamEeOnly() {
        assertThatThrownBy(() -> new IpaFrame(IpaFrame.STREAM_CCM, OptionalInt.of(5), Octets.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IpaFrame(IpaFrame.STREAM_OSMO, OptionalInt.empty(), Octets.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpaFrame.of(0x100, Octets.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }
}
