package org.dgsm.hlr.gsup.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.dgsm.hlr.gsup.GsupMessage;

/**
 * GSUP message ⇄ JSON, for {@code dgsm gsup decode HEX} and {@code dgsm gsup encode}. The conversion is lossless:
 * {@code fromJson(toJson(m))} equals {@code m}, so hex → decode → JSON → encode reproduces the canonical bytes.
 *
 * <p>Layout: one JSON object, keys in the order the encoder writes the IEs, absent IEs left out:
 * <pre>
 * {
 *   "message_type": "SEND_AUTH_INFO_RESULT",     GsupMessageType name, or "0x2b" for an unlisted code
 *   "imsi": "901700000014701",                   TBCD digit string
 *   "msisdn": "1001",                            see "numbers" below; also hlr_number, imei
 *   "cause": 96, "cn_domain": 2, …               one-byte values as JSON integers
 *   "pdp_info_complete": true,                   flags only when set
 *   "pdp_info": [{"context_id": 1, "pdp_address": "f121", "apn": "012a", "qos": "02",
 *                 "charging_characteristics": "ff23"},
 *                {"context_id": 2, "context_id_only": true}],    a bare PDP context id IE
 *   "num_vectors_requested": 5,
 *   "auth_tuples": [{"rand": "…", "sres": "…", "kc": "…", "ik": "…", "ck": "…", "autn": "…", "res": "…"}],
 *   "auts": "…", "rand": "…", "pco": "…", "charging_characteristics": "…", "ss_info": "…", "sm_rp_ui": "…",
 *   "session_id": 3735928559, "session_state": 1,  always together
 *   "sm_rp_da": {"type": 3, "identity": "91527547990982"}, "sm_rp_oa": {"type": 255, "identity": ""},
 *   "source_name": "msc-B1\u0000",               see "names" below; also destination_name
 *   "an_apdu": {"protocol": 1, "pdu": "42424242"},
 *   "supported_rat_types": [1, 2], "current_rat_type": 1
 * }
 * </pre>
 * Byte strings are lower-case hex (any case is read). <b>Numbers</b> (MSISDN, HLR number, IMEI) are shown as a digit
 * string under their own key when the bytes are in osmo-hlr's form (a length octet, then TBCD digits — gsup-ipa.md
 * §5.2) and re-encode identically; otherwise as raw hex under {@code msisdn_hex}, {@code hlr_number_hex},
 * {@code imei_hex}. <b>Names</b> (Source-/Destination-Name) are a string when every byte is printable ASCII or NUL —
 * the trailing NUL is part of the name and shows as {@code \u0000} — and raw hex under {@code source_name_hex},
 * {@code destination_name_hex} otherwise. Input may use either form of a field, not both. Integers may also be given
 * as strings in decimal or {@code 0x} hex ({@code "cause": "0x60"}). Unknown keys, duplicate keys, wrong types and
 * values the message model refuses are errors naming the key.
 */
public final class GsupJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private GsupJson() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Pretty-printed JSON (two-space indent, {@code \n} line ends), keys in encoder order. */
    public static String toJson(GsupMessage message) {
        try {
            return PRETTY.writeValueAsString(GsupJsonWriter.write(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a JSON tree cannot fail", e);
        }
    }

    /** @throws GsupJsonException if the text is not JSON or does not describe a valid GSUP message */
    public static GsupMessage fromJson(String json) throws GsupJsonException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GsupJsonException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new GsupJsonException("no JSON object given");
        }
        if (!root.isObject()) {
            throw new GsupJsonException("a GSUP message must be a JSON object, got " + root.getNodeType());
        }
        return GsupJsonReader.read(root);
    }
}
