package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CtrlFrameDecoderTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Test
    void ctrlFrameGivesItsText() {
        List<CtrlInput> inputs = new CtrlFrameDecoder().feed(CtrlFrames.frameText("GET 1 a".getBytes(StandardCharsets.US_ASCII)));
        assertThat(inputs).singleElement().isInstanceOfSatisfying(CtrlInput.Text.class,
                t -> assertThat(new String(t.bytes(), StandardCharsets.US_ASCII)).isEqualTo("GET 1 a"));
    }

    @Test
    void pingAndIdAckAreReportedOtherCcmAndEmptyFramesSkipped() {
        List<CtrlInput> inputs = new CtrlFrameDecoder().feed(hex("0001fe00 0001fe06 0001fe04 0000ee 0000fe 0001fe01"));
        assertThat(inputs).hasSize(6);
        assertThat(inputs.get(0)).isInstanceOf(CtrlInput.Ping.class);
        assertThat(inputs.get(1)).isInstanceOf(CtrlInput.IdAck.class);
        assertThat(inputs.subList(2, 6)).allMatch(CtrlInput.Skipped.class::isInstance);
    }

    @Test
    void ctrlFrameWithOnlyTheExtensionByteGivesEmptyText() {
        assertThat(new CtrlFrameDecoder().feed(hex("0001ee00"))).singleElement()
                .isInstanceOfSatisfying(CtrlInput.Text.class, t -> assertThat(t.bytes()).isEmpty());
    }

    @Test
    void oversizedHeaderIsSkippedAndReadingGoesOnRightAfterIt() {
        List<CtrlInput> inputs = new CtrlFrameDecoder().feed(hex("04aeee 0003ee00 4142"));
        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(0)).isInstanceOfSatisfying(CtrlInput.Skipped.class,
                s -> assertThat(s.what()).contains("1198"));
        assertThat(inputs.get(1)).isInstanceOfSatisfying(CtrlInput.Text.class,
                t -> assertThat(t.bytes()).isEqualTo(new byte[] {0x41, 0x42}));
    }

    @Test
    void largestFrameIsAccepted() {
        byte[] frame = new byte[3 + CtrlFrameDecoder.MAX_LENGTH];
        frame[0] = (byte) (CtrlFrameDecoder.MAX_LENGTH >> 8);
        frame[1] = (byte) CtrlFrameDecoder.MAX_LENGTH;
        frame[2] = (byte) 0xee;
        assertThat(new CtrlFrameDecoder().feed(frame)).singleElement()
                .isInstanceOfSatisfying(CtrlInput.Text.class,
                        t -> assertThat(t.bytes()).hasSize(CtrlFrameDecoder.MAX_LENGTH - 1));
    }

    @Test
    void otherExtensionOrStreamClosesAndLaterInputIsIgnored() {
        CtrlFrameDecoder decoder = new CtrlFrameDecoder();
        List<CtrlInput> inputs = decoder.feed(hex("0001fe00 0002ee0508 0001fe00"));
        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(CtrlInput.Close.class,
                c -> assertThat(c.reason()).contains("0x05"));
        assertThat(decoder.isClosed()).isTrue();
        assertThat(decoder.feed(hex("0001fe00"))).isEmpty();

        assertThat(new CtrlFrameDecoder().feed(hex("000200aabb"))).singleElement()
                .isInstanceOfSatisfying(CtrlInput.Close.class, c -> assertThat(c.reason()).contains("stream 0x00"));
    }

    @Test
    void framesSplitAnywhereAreReassembled() {
        byte[] stream = hex("0001fe00 0005ee0047455420");
        CtrlFrameDecoder decoder = new CtrlFrameDecoder();
        List<CtrlInput> inputs = new ArrayList<>();
        for (byte b : stream) {
            inputs.addAll(decoder.feed(new byte[] {b}));
        }
        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(1)).isInstanceOfSatisfying(CtrlInput.Text.class,
                t -> assertThat(new String(t.bytes(), StandardCharsets.US_ASCII)).isEqualTo("GET "));
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void incompleteFrameIsHeldBack() {
        CtrlFrameDecoder decoder = new CtrlFrameDecoder();
        assertThat(decoder.feed(hex("0005ee0047"))).isEmpty();
        assertThat(decoder.bufferedBytes()).isEqualTo(5);
    }
}
