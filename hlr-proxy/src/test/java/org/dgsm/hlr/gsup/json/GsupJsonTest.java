package org.dgsm.hlr.gsup.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GsupJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String jsonOf(String vectorId) throws Exception {
        return GsupJson.toJson(GsupDecoder.decode(GsupVectors.byId(vectorId).bytes()));
    }

    private static JsonNode treeOf(String vectorId) throws Exception {
        return MAPPER.readTree(jsonOf(vectorId));
    }

    private static String encode(String json) throws GsupJsonException {
        return Hex.format(GsupEncoder.encode(GsupJson.fromJson(json)));
    }

    @TestFactory
    Stream<DynamicTest> everyVectorSurvivesHexToJsonAndBack() {
        return Stream.concat(GsupVectors.withPrefix("lib").stream(), GsupVectors.withPrefix("cap").stream())
                .filter(v -> !v.id().equals("cap27"))
                .map(v -> DynamicTest.dynamicTest(v.toString(), () ->
                        assertThat(encode(GsupJson.toJson(GsupDecoder.decode(v.bytes())))).isEqualTo(v.hex())));
    }

    @Test
    void showsTypeByNameImsiAsDigitsAndKeysInEncoderOrder() throws Exception {
        JsonNode tree = treeOf("cap19");
        assertThat(tree.get("message_type").asText()).isEqualTo("SEND_AUTH_INFO_REQUEST");
        assertThat(tree.get("imsi").asText()).isEqualTo("901700000014701");
        assertThat(tree.get("num_vectors_requested").asInt()).isEqualTo(1);
        assertThat(tree.get("message_class").asInt()).isEqualTo(1);
        assertThat(iterableKeys(tree)).containsExactly("message_type", "imsi", "num_vectors_requested",
                "message_class", "source_name");
    }

    @Test
    void showsNamesAsTextWithTheirNul() throws Exception {
        assertThat(treeOf("cap19").get("source_name").textValue()).isEqualTo("msc-B1\0");
        assertThat(jsonOf("cap19")).contains("\"source_name\": \"msc-B1\\u0000\"");
        assertThat(treeOf("lib26").get("destination_name").textValue()).isEqualTo("MSC-B");
    }

    @Test
    void showsUnprintableNamesAsHex() throws Exception {
        GsupMessage m = GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, "1234")
                .sourceName(Octets.fromHex("6d0a00")).build();
        JsonNode tree = MAPPER.readTree(GsupJson.toJson(m));
        assertThat(tree.has("source_name")).isFalse();
        assertThat(tree.get("source_name_hex").asText()).isEqualTo("6d0a00");
        assertThat(GsupJson.fromJson(GsupJson.toJson(m))).isEqualTo(m);
    }

    @Test
    void showsOsmoHlrNumbersAsDigitsAndOtherNumberBytesAsHex() throws Exception {
        assertThat(treeOf("cap24").get("msisdn").asText()).isEqualTo("1001");
        assertThat(treeOf("cap13").get("msisdn").asText()).isEmpty();
        assertThat(treeOf("cap09").get("imei").asText()).isEqualTo("35693803564380");
        assertThat(treeOf("cap07").get("imei_hex").asText()).isEqualTo("53968330653408");
        JsonNode lib06 = treeOf("lib06");
        assertThat(lib06.get("msisdn_hex").asText()).isEqualTo("91946146322443");
        assertThat(lib06.get("hlr_number_hex").asText()).isEqualTo("91835238488393");
    }

    @Test
    void writesAuthTuplesAndPdpInfoAsArraysOfObjects() throws Exception {
        JsonNode tuple = treeOf("cap20").get("auth_tuples").get(0);
        assertThat(tuple.get("rand").asText()).isEqualTo("01c86422cbede0c4b456223d12ea2493");
        assertThat(tuple.get("res").asText()).isEqualTo("f9e504eb300bb17d");
        JsonNode pdp = treeOf("lib06").get("pdp_info");
        assertThat(pdp).hasSize(2);
        assertThat(pdp.get(0).get("context_id").asInt()).isEqualTo(1);
        assertThat(pdp.get(0).get("apn").asText()).isEqualTo("04746573740361706e");
        assertThat(treeOf("lib18").get("sm_rp_oa").get("type").asInt()).isEqualTo(0xff);
        assertThat(treeOf("lib26").get("an_apdu").get("pdu").asText()).isEqualTo("42424242");
    }

    @Test
    void unlistedMessageTypesAreWrittenAsHex() throws Exception {
        assertThat(treeOf("lib15").get("message_type").asText()).isEqualTo("0x2b");
        assertThat(encode("{\"message_type\": \"0x2b\", \"imsi\": \"1\"}")).isEqualTo("2b0101f1");
    }

    @Test
    void readsHandWrittenJsonWithReadableForms() throws GsupJsonException {
        String json = """
                {"message_type": "INSERT_DATA_REQUEST", "imsi": "901700000014701", "msisdn": "1001",
                 "cn_domain": "0x02", "destination_name": "msc-B1\\u0000"}""";
        assertThat(encode(json)).isEqualTo(GsupVectors.byId("cap24").hex());
    }

    @Test
    void readsSessionIdsGivenAsHexStrings() throws GsupJsonException {
        String json = """
                {"message_type": "PROC_SS_REQUEST", "imsi": "1", "session_id": "0xdeadbeef", "session_state": 1}""";
        assertThat(encode(json)).endsWith("3004deadbeef310101");
    }

    @Test
    void unknownKeysAreNamed() {
        assertThatThrownBy(() -> GsupJson.fromJson("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imis\": \"1\"}"))
                .isInstanceOf(GsupJsonException.class).hasMessageContaining("unknown key 'imis'");
        assertThatThrownBy(() -> GsupJson.fromJson("""
                {"message_type": "SEND_AUTH_INFO_RESULT", "imsi": "1", "auth_tuples": [{"rand": "00", "xres": "00"}]}"""))
                .isInstanceOf(GsupJsonException.class).hasMessageContaining("'xres' in auth_tuples[0]");
    }

    @Test
    void explainsBadValues() {
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\"}", "'imsi' is required");
        assertRejected("{\"message_type\": \"NOPE\", \"imsi\": \"1\"}", "NOPE");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": \"1\", \"cause\": 0}",
                "'cause' must be 1-255");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": \"1\", \"rand\": \"0g\"}",
                "'rand': not a hex digit");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": \"1\", \"msisdn\": \"12\","
                + " \"msisdn_hex\": \"00\"}", "not both");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": \"1\", \"session_id\": 5}",
                "go together");
        assertRejected("{\"message_type\": \"SEND_AUTH_INFO_RESULT\", \"imsi\": \"1\", \"auth_tuples\": "
                + "[{\"rand\": \"" + "00".repeat(16) + "\"}]}", "auth_tuples[0]: incomplete auth tuple block");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": \"1\", \"auts\": \"00\"}",
                "AUTS must be 14 bytes");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": 1}", "'imsi' must be a string");
    }

    @Test
    void refusesTextThatIsNotOneJsonObject() {
        assertRejected("[1]", "JSON object");
        assertRejected("", "no JSON object");
        assertRejected("{\"message_type\": \"UPDATE_LOCATION_REQUEST\", \"imsi\": \"1\"} x", "not valid JSON");
        assertRejected("{\"imsi\": \"1\", \"imsi\": \"2\"}", "not valid JSON");
    }

    private static void assertRejected(String json, String messagePart) {
        assertThatThrownBy(() -> GsupJson.fromJson(json)).isInstanceOf(GsupJsonException.class)
                .hasMessageContaining(messagePart);
    }

    private static List<String> iterableKeys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
