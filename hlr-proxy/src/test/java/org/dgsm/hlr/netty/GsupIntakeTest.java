package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import org.dgsm.hlr.gsup.GmmCause;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.junit.jupiter.api.Test;

class GsupIntakeTest {

    private static byte[] vector(String id) {
        return GsupVectors.byId(id).bytes();
    }

    @Test
    void passesOnAWellFormedRequest() throws Exception {
        GsupIntake.Verdict verdict = GsupIntake.examine(vector("cap01"));
        assertThat(verdict).isEqualTo(new GsupIntake.Accept(GsupDecoder.decode(vector("cap01"))));
    }

    @Test
    void passesOnAWellFormedResult() {
        assertThat(GsupIntake.examine(vector("cap05"))).isInstanceOf(GsupIntake.Accept.class);
    }

    @Test
    void leavesADecodableRequestWithAnInvalidImsiToTheHandler() {
        // SAI request, IMSI "12345" (too short): decodable, so the HLR applies osmo's rule (Error 0x60) itself
        byte[] request = Hex.parse("0801032143f5" + "0a0101");
        assertThat(GsupIntake.examine(request)).isInstanceOfSatisfying(GsupIntake.Accept.class,
                accept -> assertThat(accept.message().imsi()).isEqualTo("12345"));
    }

    @Test
    void answersAnUndecodableRequestWithTheDecodersCause() {
        // neg04: SAI request with a 13-byte AUTS -> libosmogsm reports 0x64
        assertThat(GsupIntake.examine(vector("neg04"))).isInstanceOfSatisfying(GsupIntake.Answer.class, answer -> {
            assertThat(answer.reply().messageType()).isEqualTo(0x09);
            assertThat(answer.reply().imsi()).isEqualTo("123456789012345");
            assertThat(answer.reply().cause()).isEqualTo(GmmCause.CONDITIONAL_IE_ERROR);
        });
        // neg03: trailing lone tag byte -> 0x6f
        assertThat(GsupIntake.examine(vector("neg03"))).isInstanceOfSatisfying(GsupIntake.Answer.class,
                answer -> assertThat(answer.reply().cause()).isEqualTo(GmmCause.PROTOCOL_ERROR_UNSPECIFIED));
    }

    @Test
    void usesProtocolErrorWhereTheDecoderGivesNoCause() {
        // an Update Location request whose current RAT type IE is 2 bytes long: osmo's decoder returns no GMM cause
        byte[] request = Hex.parse("04010821436587092143f52a020101");
        assertThat(GsupIntake.examine(request)).isInstanceOfSatisfying(GsupIntake.Answer.class, answer -> {
            assertThat(answer.reply().messageType()).isEqualTo(0x05);
            assertThat(answer.reply().cause()).isEqualTo(GmmCause.PROTOCOL_ERROR_UNSPECIFIED);
        });
    }

    @Test
    void discardsAnUndecodableRequestWithoutAUsableImsi() {
        assertThat(GsupIntake.examine(vector("neg01"))).isInstanceOf(GsupIntake.Discard.class); // IMSI truncated
        assertThat(GsupIntake.examine(vector("neg02"))).isInstanceOf(GsupIntake.Discard.class); // IMSI not first
        assertThat(GsupIntake.examine(vector("neg07"))).isInstanceOf(GsupIntake.Discard.class); // IMSI 9 bytes
        assertThat(GsupIntake.examine(new byte[0])).isInstanceOf(GsupIntake.Discard.class);     // neg08, empty
        // IMSI intact but only 5 digits, then a lone tag byte
        assertThat(GsupIntake.examine(Hex.parse("0801032143f528"))).isInstanceOf(GsupIntake.Discard.class);
    }

    @Test
    void neverAnswersAnUndecodableNonRequest() {
        // neg10: SAI *result* with a truncated nested RAND
        assertThat(GsupIntake.examine(vector("neg10"))).isInstanceOf(GsupIntake.Discard.class);
    }

    @Test
    void knowsOsmosImsiRule() {
        assertThat(GsupIntake.isValidImsi("123456")).isTrue();
        assertThat(GsupIntake.isValidImsi("123456789012345")).isTrue();
        assertThat(GsupIntake.isValidImsi("12345")).isFalse();
        assertThat(GsupIntake.isValidImsi("1234567890123456")).isFalse();
        assertThat(GsupIntake.isValidImsi("12345*")).isFalse();
    }
}
