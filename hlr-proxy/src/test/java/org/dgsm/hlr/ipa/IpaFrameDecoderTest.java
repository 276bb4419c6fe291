package org.dgsm.hlr.ipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.GsupVectors.Vector;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class IpaFrameDecoderTest {

    private static final Pattern LEN = Pattern.compile("len=(\\d+)");
    private static final Pattern STREAM = Pattern.compile("stream=0x([0-9a-f]{2})");
    private static final Pattern EXT = Pattern.compile("ext=0x([0-9a-f]{2})");
    private static final Pattern GSUP = Pattern.compile("gsup=([0-9a-f]+)");

    @TestFactory
    Stream<DynamicTest> everyIpaVectorIsOneWholeFrameWithTheListedHeader() {
        return GsupVectors.withPrefix("ipa").stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> {
            List<IpaFrame> frames = new IpaFrameDecoder().feed(v.bytes());
            assertThat(frames).hasSize(1);
            IpaFrame frame = frames.get(0);
            assertThat(frame.length()).isEqualTo(Integer.parseInt(group(LEN, v.fields())));
            String stream = optionalGroup(STREAM, v.fields());
            assertThat(frame.streamId()).isEqualTo(stream == null ? IpaFrame.STREAM_CCM : Integer.parseInt(stream, 16));
            String ext = optionalGroup(EXT, v.fields());
            if (ext != null) {
                assertThat(frame.extension()).hasValue(Integer.parseInt(ext, 16));
            }
            String gsup = optionalGroup(GSUP, v.fields());
            if (gsup != null) {
                assertThat(frame.payload().toHex()).isEqualTo(gsup);
            }
            assertThat(Hex.format(IpaFrameEncoder.encode(frame))).isEqualTo(v.hex());
        }));
    }

    @Test
    void reassemblesFramesSplitAtEveryPossiblePoint() throws MalformedIpaException {
        byte[] stream = allIpaVectors();
        List<IpaFrame> whole = new IpaFrameDecoder().feed(stream);
        assertThat(whole).hasSize(10);
        for (int split = 0; split <= stream.length; split++) {
            IpaFrameDecoder decoder = new IpaFrameDecoder();
            List<IpaFrame> frames = new ArrayList<>(decoder.feed(stream, 0, split));
            frames.addAll(decoder.feed(stream, split, stream.length - split));
            assertThat(frames).as("split at %d", split).isEqualTo(whole);
        }
    }

    @Test
    void reassemblesByteByByte() throws MalformedIpaException {
        byte[] stream = allIpaVectors();
        IpaFrameDecoder decoder = new IpaFrameDecoder();
        List<IpaFrame> frames = new ArrayList<>();
        for (byte b : stream) {
            frames.addAll(decoder.feed(new byte[] {b}));
            assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(IpaFrame.HEADER_LENGTH + IpaFrame.MAX_LENGTH);
        }
        assertThat(frames).isEqualTo(new IpaFrameDecoder().feed(stream));
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void truncatedFrameWaitsForTheRest() throws MalformedIpaException {
        byte[] gsup = GsupVectors.byId("ipa07").bytes();
        IpaFrameDecoder decoder = new IpaFrameDecoder();
        assertThat(decoder.feed(gsup, 0, gsup.length - 1)).isEmpty();
        assertThat(decoder.bufferedBytes()).isEqualTo(gsup.length - 1);
        List<IpaFrame> frames = decoder.feed(gsup, gsup.length - 1, 1);
        assertThat(frames).singleElement().satisfies(f -> {
            assertThat(f.isGsup()).isTrue();
            assertThat(f.payload().toHex()).isEqualTo("08010809710000004207f1280102");
        });
    }

    @Test
    void dropsZeroLengthFrames() throws MalformedIpaException {
        assertThat(new IpaFrameDecoder().feed(Hex.parse("0000fe" + "0000ee" + "0001fe00")))
                .containsExactly(IpaFrame.ccm(Octets.fromHex("00")));
    }

    @Test
    void passesUnknownStreamsAndExtensionOnlyFramesOn() throws MalformedIpaException {
        assertThat(new IpaFrameDecoder().feed(Hex.parse("000212abcd" + "0001ee06")))
                .containsExactly(IpaFrame.of(0x12, Octets.fromHex("abcd")), IpaFrame.osmo(6, Octets.EMPTY));
    }

    @Test
    void acceptsTheLargestFrameOsmoAccepts() throws MalformedIpaException {
        byte[] frame = new byte[3 + 1197];
        frame[0] = 0x04;
        frame[1] = (byte) 0xad;
        frame[2] = (byte) 0xee;
        frame[3] = 0x05;
        assertThat(new IpaFrameDecoder().feed(frame)).singleElement()
                .satisfies(f -> assertThat(f.payload().length()).isEqualTo(1196));
    }

    @Test
    void refusesAHeaderAnnouncingMoreAndKeepsTheFramesBeforeIt() {
        byte[] input = Hex.parse("0001fe00" + "04aeee05");
        IpaFrameDecoder decoder = new IpaFrameDecoder();
        MalformedIpaException e = catchThrowableOfType(MalformedIpaException.class, () -> decoder.feed(input));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("1198").contains("1197");
        assertThat(e.framesBeforeError()).containsExactly(IpaFrame.ccm(Octets.fromHex("00")));
        assertThatThrownBy(() -> decoder.feed(Hex.parse("0001fe00"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("drop the connection");
    }

    @Test
    void refusesAnOversizedHeaderArrivingInPieces() throws MalformedIpaException {
        IpaFrameDecoder decoder = new IpaFrameDecoder();
        assertThat(decoder.feed(Hex.parse("ff"))).isEmpty();
        assertThat(decoder.feed(Hex.parse("ff"))).isEmpty();
        assertThatThrownBy(() -> decoder.feed(Hex.parse("fe"))).isInstanceOf(MalformedIpaException.class)
                .hasMessageContaining("65535");
    }

    private static byte[] allIpaVectors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Vector v : GsupVectors.withPrefix("ipa")) {
            out.writeBytes(v.bytes());
        }
        return out.toByteArray();
    }

    private static String group(Pattern pattern, String text) {
        String value = optionalGroup(pattern, text);
        assertThat(value).as("%s in %s", pattern, text).isNotNull();
        return value;
    }

    private static String optionalGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
