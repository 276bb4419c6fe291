package org.dgsm.hlr.gsup.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dgsm.hlr.gsup.AnApdu;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageBuilder;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupSession;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.PdpInfo;
import org.dgsm.hlr.gsup.SmRpAddress;

/** JSON tree in the layout documented on {@link GsupJson} → {@link GsupMessage}. */
final class GsupJsonReader {

    private static final Set<String> MESSAGE_KEYS = Set.of("message_type", "imsi", "msisdn", "msisdn_hex",
            "hlr_number", "hlr_number_hex", "cause", "cancel_type", "pdp_info_complete", "freeze_ptmsi", "pdp_info",
            "num_vectors_requested", "auth_tuples", "auts", "rand", "pco", "cn_domain", "charging_characteristics",
            "session_id", "session_state", "ss_info", "sm_rp_mr", "sm_rp_da", "sm_rp_oa", "sm_rp_ui", "sm_rp_mms",
            "sm_rp_cause", "sm_alert_reason", "imei", "imei_hex", "imei_result", "message_class", "source_name",
            "source_name_hex", "destination_name", "destination_name_hex", "an_apdu", "cause_rr", "cause_bssap",
            "cause_sm", "supported_rat_types", "current_rat_type");
    private static final Set<String> PDP_INFO_KEYS = Set.of("context_id", "context_id_only", "pdp_address", "apn",
            "qos", "charging_characteristics");
    private static final Set<String> AUTH_TUPLE_KEYS = Set.of("rand", "sres", "kc", "ik", "ck", "autn", "res");
    private static final Set<String> SM_RP_KEYS = Set.of("type", "identity");
    private static final Set<String> AN_APDU_KEYS = Set.of("protocol", "pdu");

    private GsupJsonReader() {
    }

    static GsupMessage read(JsonNode root) throws GsupJsonException {
        JsonFields f = new JsonFields(root, "", MESSAGE_KEYS);
        String imsi = f.text("imsi");
        if (imsi == null) {
            throw new GsupJsonException("'imsi' is required");
        }
        GsupMessageBuilder b = GsupMessage.builder(messageType(f), imsi);
        b.msisdn(number(f, "msisdn"));
        b.hlrNumber(number(f, "hlr_number"));
        b.cause(f.oneByte("cause", 1));
        b.cancelType(f.oneByte("cancel_type", 0));
        b.pdpInfoComplete(f.flag("pdp_info_complete"));
        b.freezePtmsi(f.flag("freeze_ptmsi"));
        List<JsonNode> infos = f.array("pdp_info");
        for (int i = 0; i < infos.size(); i++) {
            b.addPdpInfo(pdpInfo(new JsonFields(infos.get(i), "pdp_info[" + i + "]", PDP_INFO_KEYS)));
        }
        b.numVectorsRequested(f.oneByte("num_vectors_requested", 1));
        List<JsonNode> tuples = f.array("auth_tuples");
        for (int i = 0; i < tuples.size(); i++) {
            b.addAuthTuple(authTuple(new JsonFields(tuples.get(i), "auth_tuples[" + i + "]", AUTH_TUPLE_KEYS)));
        }
        b.auts(f.hex("auts"));
        b.rand(f.hex("rand"));
        b.pco(f.hex("pco"));
        b.cnDomain(f.oneByte("cn_domain", 1));
        b.chargingCharacteristics(f.hex("charging_characteristics"));
        b.session(session(f));
        b.ssInfo(f.hex("ss_info"));
        b.smRpMr(f.oneByte("sm_rp_mr", 0));
        b.smRpDa(smRpAddress(f.object("sm_rp_da", SM_RP_KEYS)));
        b.smRpOa(smRpAddress(f.object("sm_rp_oa", SM_RP_KEYS)));
        b.smRpUi(f.hex("sm_rp_ui"));
        b.smRpMms(f.oneByte("sm_rp_mms", 0));
        b.smRpCause(f.oneByte("sm_rp_cause", 0));
        b.smAlertReason(f.oneByte("sm_alert_reason", 1));
        b.imei(number(f, "imei"));
        b.imeiResult(f.oneByte("imei_result", 0));
        b.messageClass(f.oneByte("message_class", 1));
        b.sourceName(name(f, "source_name"));
        b.destinationName(name(f, "destination_name"));
        b.anApdu(anApdu(f.object("an_apdu", AN_APDU_KEYS)));
        b.causeRr(f.oneByte("cause_rr", 0));
        b.causeBssap(f.oneByte("cause_bssap", 0));
        b.causeSm(f.oneByte("cause_sm", 1));
        b.supportedRatTypes(ratTypes(f));
        b.currentRatType(f.oneByte("current_rat_type", 1));
        return build(b);
    }

    private static int messageType(JsonFields f) throws GsupJsonException {
        String text = f.text("message_type");
        if (text == null) {
            throw new GsupJsonException("'message_type' is required");
        }
        if (text.startsWith("0x")) {
            return f.oneByte("message_type", 0);
        }
        try {
            GsupMessageType type = GsupMessageType.valueOf(text);
            if (type != GsupMessageType.UNKNOWN) {
                return type.code();
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new GsupJsonException("'message_type' \"" + text + "\" is neither a GsupMessageType name nor 0xNN");
    }

    private static Octets number(JsonFields f, String key) throws GsupJsonException {
        f.requireAtMostOne(key, key + "_hex");
        String digits = f.text(key);
        if (digits == null) {
            return f.hex(key + "_hex");
        }
        try {
            return JsonForms.numberBytes(digits);
        } catch (IllegalArgumentException e) {
            throw new GsupJsonException(f.where(key) + ": " + e.getMessage());
        }
    }

    private static Octets name(JsonFields f, String key) throws GsupJsonException {
        f.requireAtMostOne(key, key + "_hex");
        String text = f.text(key);
        if (text == null) {
            return f.hex(key + "_hex");
        }
        try {
            return Octets.ascii(text);
        } catch (IllegalArgumentException e) {
            throw new GsupJsonException(f.where(key) + ": " + e.getMessage() + "; give other bytes as " + key + "_hex");
        }
    }

    private static PdpInfo pdpInfo(JsonFields f) throws GsupJsonException {
        Long contextId = f.integer("context_id", 1, 0xff);
        if (contextId == null) {
            throw new GsupJsonException(f.where("context_id") + " is required");
        }
        boolean only = f.flag("context_id_only");
        return check(f, () -> new PdpInfo(contextId.intValue(), only, f.hex("pdp_address"), f.hex("apn"),
                f.hex("qos"), f.hex("charging_characteristics")));
    }

    private static AuthTuple authTuple(JsonFields f) throws GsupJsonException {
        return check(f, () -> new AuthTuple(f.hex("rand"), f.hex("sres"), f.hex("kc"), f.hex("ik"),
                f.hex("ck"), f.hex("autn"), f.hex("res")));
    }

    private static GsupSession session(JsonFields f) throws GsupJsonException {
        Long id = f.integer("session_id", 0, 0xFFFF_FFFFL);
        Integer state = f.oneByte("session_state", 1);
        if ((id == null) != (state == null)) {
            throw new GsupJsonException("'session_id' and 'session_state' go together");
        }
        return id == null ? null : new GsupSession(id, state);
    }

    private static SmRpAddress smRpAddress(JsonFields f) throws GsupJsonException {
        if (f == null) {
            return null;
        }
        Integer type = f.oneByte("type", 0);
        Octets identity = f.hex("identity");
        if (type == null) {
            throw new GsupJsonException(f.where("type") + " is required");
        }
        return check(f, () -> new SmRpAddress(type, identity == null ? Octets.EMPTY : identity));
    }

    private static AnApdu anApdu(JsonFields f) throws GsupJsonException {
        if (f == null) {
            return null;
        }
        Integer protocol = f.oneByte("protocol", 0);
        Octets pdu = f.hex("pdu");
        if (protocol == null || pdu == null) {
            throw new GsupJsonException(f.where(protocol == null ? "protocol" : "pdu") + " is required");
        }
        return check(f, () -> new AnApdu(protocol, pdu));
    }

    private static List<Integer> ratTypes(JsonFields f) throws GsupJsonException {
        List<Integer> types = new ArrayList<>();
        for (JsonNode rat : f.array("supported_rat_types")) {
            if (!rat.isInt() || rat.intValue() < 0 || rat.intValue() > 0xff) {
                throw new GsupJsonException(f.where("supported_rat_types") + " must hold integers 0-255, got " + rat);
            }
            types.add(rat.intValue());
        }
        return types;
    }

    private static GsupMessage build(GsupMessageBuilder b) throws GsupJsonException {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new GsupJsonException("not a valid GSUP message: " + e.getMessage(), e);
        }
    }

    private interface Construction<T> {
        T get() throws GsupJsonException;
    }

    private static <T> T check(JsonFields f, Construction<T> construction) throws GsupJsonException {
        try {
            return construction.get();
        } catch (IllegalArgumentException e) {
            throw new GsupJsonException(f.path() + ": " + e.getMessage(), e);
        }
    }
}
