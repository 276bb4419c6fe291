package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CtrlCodecTest {

    private static CtrlCommand decode(String text) throws MalformedCtrlException {
        return CtrlCodec.decode(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String encode(CtrlCommand command) {
        return new String(CtrlCodec.encode(command), StandardCharsets.ISO_8859_1);
    }

    @Test
    void decodesGet() throws Exception {
        assertThat(decode("GET 17 subscriber.by-imsi-901700000014701.info"))
                .isEqualTo(CtrlCommand.get("17", "subscriber.by-imsi-901700000014701.info"));
    }

    @Test
    void decodesSetWithSpacesInTheValue() throws Exception {
        assertThat(decode("SET 3 some.variable a b  c")).isEqualTo(CtrlCommand.set("3", "some.variable", "a b  c"));
    }

    @Test
    void typeIgnoresAsciiCase() throws Exception {
        assertThat(decode("get 1 x").type()).isEqualTo(CtrlType.GET);
        assertThat(decode("sEt_RePlY 1 x OK").type()).isEqualTo(CtrlType.SET_REPLY);
    }

    @Test
    void runsOfSpacesBetweenWordsCollapse() throws Exception {
        assertThat(decode("   GET   0042   a.b")).isEqualTo(CtrlCommand.get("0042", "a.b"));
    }

    @Test
    void getMayEndWithOneNewlineOrSpace() throws Exception {
        assertThat(decode("GET 1 a.b\n")).isEqualTo(CtrlCommand.get("1", "a.b"));
        assertThat(decode("GET 1 a.b ")).isEqualTo(CtrlCommand.get("1", "a.b"));
    }

    @Test
    void setValueEndsAtNewlineAndLeadingNewlinesVanish() throws Exception {
        assertThat(decode("SET 1 a.b v\n")).isEqualTo(CtrlCommand.set("1", "a.b", "v"));
        assertThat(decode("SET 1 a.b \n\nv")).isEqualTo(CtrlCommand.set("1", "a.b", "v"));
    }

    @Test
    void textEndsAtTheFirstNul() throws Exception {
        byte[] text = "GET 1 a.b\0 trailing garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CtrlCodec.decode(text)).isEqualTo(CtrlCommand.get("1", "a.b"));
    }

    @Test
    void decodesRepliesTrapsAndErrors() throws Exception {
        assertThat(decode("GET_REPLY 5 a.b \nid\t1")).isEqualTo(CtrlCommand.getReply("5", "a.b", "\nid\t1"));
        assertThat(decode("TRAP 0 bts.0.x some value")).isEqualTo(CtrlCommand.trap("0", "bts.0.x", "some value"));
        assertThat(decode("ERROR 7 Command not found")).isEqualTo(CtrlCommand.error("7", "Command not found"));
        assertThat(decode("ERROR err Request malformed")).isEqualTo(CtrlCommand.error("err", "Request malformed"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''                          | err | Request malformed",
            "'    '                      | err | Request malformed",
            "GETX 1 a                    | err | Request type unknown",
            "(unknown) 1 a               | err | Request type unknown",
            "GET                         | err | Missing ID",
            "GET abc a                   | err | Invalid message ID number",
            "GET -1 a                    | err | Invalid message ID number",
            "GET err a                   | err | Invalid message ID number",
            "GET 4                       | 4   | GET incomplete",
            "GET 4 a+b                   | 4   | GET variable contains invalid characters",
            "GET 4 a.b extra             | 4   | GET with trailing characters",
            "'GET 4 a.b  '               | 4   | GET with trailing characters",
            "SET 5                       | 5   | SET incomplete",
            "SET 5 a.b                   | 5   | SET incomplete",
            "'SET 5 a.b '                | 5   | SET incomplete",
            "SET 5 a/b 1                 | 5   | SET variable contains invalid characters",
            "GET_REPLY 6                 | 6   | GET REPLY incomplete",
            "SET_REPLY 6 a=b x           | 6   | SET REPLY variable contains invalid characters",
            "TRAP 6                      | 6   | TRAP incomplete",
            "GET_REPLY 6 a.b             | err | OOM",
            "ERROR 8                     | 8   | ''",
            "ERROR err                   | err | ''",
    })
    void rejectsWithOsmosErrorAnswer(String text, String id, String reason) {
        assertThatThrownBy(() -> decode(text))
                .isInstanceOfSatisfying(MalformedCtrlException.class, e -> {
                    assertThat(e.replyId()).isEqualTo(id);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.errorReply()).isEqualTo(CtrlCommand.error(id, reason));
                });
    }

    @Test
    void rejectsControlAndNonAsciiCharactersInVariables() {
        for (String bad : new String[] {"a\tb", "a\u00ffb", "a\u007fb", "a\u0001b"}) {
            assertThatThrownBy(() -> decode("GET 1 " + bad))
                    .isInstanceOfSatisfying(MalformedCtrlException.class,
                            e -> assertThat(e.reason()).isEqualTo("GET variable contains invalid characters"));
        }
    }

    @Test
    void variableRules() {
        assertThat(CtrlCodec.isValidVariable("subscriber.by-imsi-1.info-all")).isTrue();
        assertThat(CtrlCodec.isValidVariable("a_b:c@d")).isTrue();
        assertThat(CtrlCodec.isValidVariable("...")).isTrue();
        assertThat(CtrlCodec.isValidVariable("")).isFalse();
        for (char c : ", {}[]()<>|~\\^`'\"?=;/+*&%$#!".toCharArray()) {
            assertThat(CtrlCodec.isValidVariable("a" + c + "b")).as("'%s'", c).isFalse();
        }
    }

    @Test
    void encodesEveryType() {
        assertThat(encode(CtrlCommand.get("1", "a.b"))).isEqualTo("GET 1 a.b");
        assertThat(encode(CtrlCommand.set("2", "a.b", "x y"))).isEqualTo("SET 2 a.b x y");
        assertThat(encode(CtrlCommand.getReply("3", "a.b", ""))).isEqualTo("GET_REPLY 3 a.b ");
        assertThat(encode(CtrlCommand.setReply("4", "a.b", "OK"))).isEqualTo("SET_REPLY 4 a.b OK");
        assertThat(encode(CtrlCommand.trap("0", "a.b", "v"))).isEqualTo("TRAP 0 a.b v");
        assertThat(encode(CtrlCommand.error("err", "Request malformed"))).isEqualTo("ERROR err Request malformed");
    }

    @Test
    void keepsNonAsciiBytesOfValues() throws Exception {
        byte[] text = {'S', 'E', 'T', ' ', '1', ' ', 'a', ' ', (byte) 0xe9, (byte) 0xff};
        CtrlCommand command = CtrlCodec.decode(text);
        assertThat(command.value()).isEqualTo("\u00e9\u00ff");
        assertThat(CtrlCodec.encode(command)).isEqualTo(text);
    }

    @Test
    void decodesASliceOfABuffer() throws Exception {
        byte[] buffer = "xxGET 1 a.bGET 2 c.d".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CtrlCodec.decode(buffer, 2, 9)).isEqualTo(CtrlCommand.get("1", "a.b"));
        assertThatThrownBy(() -> CtrlCodec.decode(buffer, 15, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void commandsRefuseMissingOrExtraParts() {
        assertThatThrownBy(() -> new CtrlCommand(CtrlType.GET, "1", "a", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET has no value");
        assertThatThrownBy(() -> new CtrlCommand(CtrlType.SET, "1", "a", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SET needs a value");
        assertThatThrownBy(() -> new CtrlCommand(CtrlType.ERROR, "1", "a", "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ERROR has no variable");
        assertThatThrownBy(() -> new CtrlCommand(CtrlType.TRAP, "1", null, "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TRAP needs a variable");
    }
}
