package org.dgsm.hlr.gsup.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.gsup.PdpInfo;
import org.dgsm.hlr.gsup.SmRpAddress;

/** {@link GsupMessage} → JSON tree in the layout documented on {@link GsupJson}, keys in encoder order. */
final class GsupJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GsupJsonWriter() {
    }

    static ObjectNode write(GsupMessage m) {
        ObjectNode o = NODES.objectNode();
        GsupMessageType type = m.type();
        o.put("message_type", type == GsupMessageType.UNKNOWN ? String.format("0x%02x", m.messageType()) : type.name());
        o.put("imsi", m.imsi());
        number(o, "msisdn", m.msisdn());
        number(o, "hlr_number", m.hlrNumber());
        integer(o, "cause", m.cause());
        integer(o, "cancel_type", m.cancelType());
        flag(o, "pdp_info_complete", m.pdpInfoComplete());
        flag(o, "freeze_ptmsi", m.freezePtmsi());
        if (!m.pdpInfos().isEmpty()) {
            ArrayNode infos = o.putArray("pdp_info");
            m.pdpInfos().forEach(p -> infos.add(pdpInfo(p)));
        }
        integer(o, "num_vectors_requested", m.numVectorsRequested());
        if (!m.authTuples().isEmpty()) {
            ArrayNode tuples = o.putArray("auth_tuples");
            m.authTuples().forEach(t -> tuples.add(authTuple(t)));
        }
        hex(o, "auts", m.auts());
        hex(o, "rand", m.rand());
        hex(o, "pco", m.pco());
        integer(o, "cn_domain", m.cnDomain());
        hex(o, "charging_characteristics", m.chargingCharacteristics());
        if (m.session() != null) {
            o.put("session_id", m.session().id());
            o.put("session_state", m.session().state());
        }
        hex(o, "ss_info", m.ssInfo());
        integer(o, "sm_rp_mr", m.smRpMr());
        smRpAddress(o, "sm_rp_da", m.smRpDa());
        smRpAddress(o, "sm_rp_oa", m.smRpOa());
        hex(o, "sm_rp_ui", m.smRpUi());
        integer(o, "sm_rp_mms", m.smRpMms());
        integer(o, "sm_rp_cause", m.smRpCause());
        integer(o, "sm_alert_reason", m.smAlertReason());
        number(o, "imei", m.imei());
        integer(o, "imei_result", m.imeiResult());
        integer(o, "message_class", m.messageClass());
        name(o, "source_name", m.sourceName());
        name(o, "destination_name", m.destinationName());
        if (m.anApdu() != null) {
            ObjectNode apdu = o.putObject("an_apdu");
            apdu.put("protocol", m.anApdu().protocol());
            apdu.put("pdu", m.anApdu().pdu().toHex());
        }
        integer(o, "cause_rr", m.causeRr());
        integer(o, "cause_bssap", m.causeBssap());
        integer(o, "cause_sm", m.causeSm());
        if (!m.supportedRatTypes().isEmpty()) {
            ArrayNode rats = o.putArray("supported_rat_types");
            m.supportedRatTypes().forEach(rats::add);
        }
        integer(o, "current_rat_type", m.currentRatType());
        return o;
    }

    private static ObjectNode pdpInfo(PdpInfo p) {
        ObjectNode o = NODES.objectNode();
        o.put("context_id", p.contextId());
        if (p.contextIdOnly()) {
            o.put("context_id_only", true);
        }
        hex(o, "pdp_address", p.pdpAddress());
        hex(o, "apn", p.apn());
        hex(o, "qos", p.qos());
        hex(o, "charging_characteristics", p.chargingCharacteristics());
        return o;
    }

    private static ObjectNode authTuple(AuthTuple t) {
        ObjectNode o = NODES.objectNode();
        hex(o, "rand", t.rand());
        hex(o, "sres", t.sres());
        hex(o, "kc", t.kc());
        hex(o, "ik", t.ik());
        hex(o, "ck", t.ck());
        hex(o, "autn", t.autn());
        hex(o, "res", t.res());
        return o;
    }

    private static void smRpAddress(ObjectNode o, String key, SmRpAddress a) {
        if (a != null) {
            ObjectNode node = o.putObject(key);
            node.put("type", a.type());
            node.put("identity", a.identity().toHex());
        }
    }

    private static void number(ObjectNode o, String key, Octets raw) {
        if (raw != null) {
            String digits = JsonForms.digits(raw);
            if (digits != null) {
                o.put(key, digits);
            } else {
                o.put(key + "_hex", raw.toHex());
            }
        }
    }

    private static void name(ObjectNode o, String key, Octets raw) {
        if (raw != null) {
            String text = JsonForms.nameText(raw);
            if (text != null) {
                o.put(key, text);
            } else {
                o.put(key + "_hex", raw.toHex());
            }
        }
    }

    private static void hex(ObjectNode o, String key, Octets value) {
        if (value != null) {
            o.put(key, value.toHex());
        }
    }

    private static void integer(ObjectNode o, String key, Integer value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void flag(ObjectNode o, String key, boolean value) {
        if (value) {
            o.put(key, true);
        }
    }
}
