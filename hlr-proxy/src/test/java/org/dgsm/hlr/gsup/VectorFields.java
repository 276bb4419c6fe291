package org.dgsm.hlr.gsup;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the "expected fields" column of the GSUP vectors and a decoded {@link GsupMessage} into the same normal form
 * (a sorted list of {@code key=value} tokens) so the two can be compared: numbers in decimal, names and other byte
 * strings in hex, annotations such as {@code 2(CS)} reduced to the number.
 */
final class VectorFields {

    private static final Set<String> NUMERIC = Set.of("cause", "cancel_type", "session_id", "session_state",
            "sm_rp_mr", "sm_rp_mms", "sm_rp_cause", "sm_alert_reason", "imei_result", "message_class", "cn_domain",
            "num_vectors_req", "cause_rr", "cause_bssap", "cause_sm", "current_rat_type");

    private VectorFields() {
    }

    /** The expected field tokens; annotations in parentheses and a {@code re-encodes to} note are left out. */
    static List<String> expected(String fields) {
        List<String> out = new ArrayList<>();
        for (String token : fields.split("; ")) {
            if (token.startsWith("(") || token.startsWith("re-encodes to ")) {
                continue;
            }
            if (token.startsWith("type=")) {
                String[] typeAndName = token.split(" ", 2);
                out.add("type=" + Integer.decode(typeAndName[0].substring(5)));
                out.add("type_name=" + (typeAndName[1].equals("?") ? "UNKNOWN" : typeAndName[1]));
                continue;
            }
            int eq = token.indexOf('=');
            int brace = token.indexOf('{');
            if (brace >= 0 && (eq < 0 || brace < eq)) {
                out.add(braced(token.substring(0, brace), token.substring(brace + 1, token.length() - 1)));
            } else if (eq < 0) {
                out.add(token);
            } else {
                out.add(keyValue(token.substring(0, eq), token.substring(eq + 1)));
            }
        }
        out.sort(null);
        return out;
    }

    /** The fields of a decoded message in the same form as {@link #expected}. */
    static List<String> describe(GsupMessage m) {
        List<String> out = new ArrayList<>();
        out.add("type=" + m.messageType());
        out.add("type_name=" + m.type().name());
        out.add("imsi=" + m.imsi());
        hex(out, "msisdn_raw", m.msisdn());
        hex(out, "hlr_number_raw", m.hlrNumber());
        number(out, "cause", m.cause());
        number(out, "cancel_type", m.cancelType());
        if (m.pdpInfoComplete()) {
            out.add("pdp_info_complete");
        }
        if (m.freezePtmsi()) {
            out.add("freeze_ptmsi");
        }
        for (PdpInfo p : m.pdpInfos()) {
            out.add(p.contextIdOnly() ? "pdp_context_id=" + p.contextId() : pdpInfo(p));
        }
        number(out, "num_vectors_req", m.numVectorsRequested());
        for (AuthTuple t : m.authTuples()) {
            out.add(authTuple(t));
        }
        hex(out, "auts", m.auts());
        hex(out, "rand", m.rand());
        hex(out, "pco", m.pco());
        number(out, "cn_domain", m.cnDomain());
        hex(out, "charg_char", m.chargingCharacteristics());
        if (m.session() != null) {
            out.add("session_id=" + m.session().id());
            out.add("session_state=" + m.session().state());
        }
        hex(out, "ss_info", m.ssInfo());
        number(out, "sm_rp_mr", m.smRpMr());
        smRp(out, "sm_rp_da", m.smRpDa());
        smRp(out, "sm_rp_oa", m.smRpOa());
        hex(out, "sm_rp_ui", m.smRpUi());
        number(out, "sm_rp_mms", m.smRpMms());
        number(out, "sm_rp_cause", m.smRpCause());
        number(out, "sm_alert_reason", m.smAlertReason());
        hex(out, "imei_raw", m.imei());
        number(out, "imei_result", m.imeiResult());
        number(out, "message_class", m.messageClass());
        hex(out, "source_name", m.sourceName());
        hex(out, "destination_name", m.destinationName());
        if (m.anApdu() != null) {
            out.add("an_apdu{proto=" + m.anApdu().protocol() + ",data=" + m.anApdu().pdu().toHex() + "}");
        }
        number(out, "cause_rr", m.causeRr());
        number(out, "cause_bssap", m.causeBssap());
        number(out, "cause_sm", m.causeSm());
        if (!m.supportedRatTypes().isEmpty()) {
            out.add("supported_rat_types=" + m.supportedRatTypes());
        }
        number(out, "current_rat_type", m.currentRatType());
        out.sort(null);
        return out;
    }

    private static String keyValue(String key, String value) {
        String v = value.replaceAll("\\(.*\\)$", "");
        if (v.startsWith("'") && v.endsWith("'")) {
            return key + "=" + pythonString(v.substring(1, v.length() - 1));
        }
        if (NUMERIC.contains(key)) {
            return key + "=" + Long.decode(v);
        }
        return key + "=" + v;
    }

    private static String braced(String key, String inner) {
        if (key.equals("sm_rp_da") || key.equals("sm_rp_oa")) {
            String[] parts = inner.split(",", 2);
            return key + "{type=" + Integer.decode(parts[0].substring("type=".length())) + "," + parts[1] + "}";
        }
        return key + "{" + inner + "}";
    }

    /** Python-style string body with {@code \xNN} escapes → hex of its bytes. */
    private static String pythonString(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            if (body.startsWith("\\x", i)) {
                bytes.write(Integer.parseInt(body.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                bytes.write(body.charAt(i));
            }
        }
        return Hex.format(bytes.toByteArray());
    }

    private static String pdpInfo(PdpInfo p) {
        StringBuilder s = new StringBuilder("pdp_info{10=").append(String.format("%02x", p.contextId()));
        nested(s, "11", p.pdpAddress());
        nested(s, "12", p.apn());
        nested(s, "13", p.qos());
        nested(s, "14", p.chargingCharacteristics());
        return s.append('}').toString();
    }

    private static String authTuple(AuthTuple t) {
        List<String> parts = new ArrayList<>();
        if (t.hasGsm()) {
            parts.add("rand=" + t.rand().toHex());
            parts.add("sres=" + t.sres().toHex());
            parts.add("kc=" + t.kc().toHex());
        }
        if (t.hasUmts()) {
            parts.add("ik=" + t.ik().toHex());
            parts.add("ck=" + t.ck().toHex());
            parts.add("autn=" + t.autn().toHex());
            parts.add("res=" + t.res().toHex());
        }
        return "auth_tuple{" + String.join(",", parts) + "}";
    }

    private static void nested(StringBuilder s, String tag, Octets value) {
        if (value != null) {
            s.append(',').append(tag).append('=').append(value.toHex());
        }
    }

    private static void smRp(List<String> out, String key, SmRpAddress a) {
        if (a != null) {
            out.add(key + "{type=" + a.type() + "," + a.identity().toHex() + "}");
        }
    }

    private static void hex(List<String> out, String key, Octets value) {
        if (value != null) {
            out.add(key + "=" + value.toHex());
        }
    }

    private static void number(List<String> out, String key, Integer value) {
        if (value != null) {
            out.add(key + "=" + value);
        }
    }
}
