package org.dgsm.smpp.it;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.Tlv;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One event line of fake_smsc.pl: {@code event=submit_sm t=... key=value ...}. */
record SmscEvent(Map<String, String> fields) {

    static SmscEvent parse(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.trim().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.ISO_8859_1));
            }
        }
        return new SmscEvent(fields);
    }

    String event() {
        return fields.getOrDefault("event", "");
    }

    boolean is(String name) {
        return event().equals(name);
    }

    String str(String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new AssertionError("event " + this + " has no field " + key);
        }
        return value;
    }

    int num(String key) {
        return Integer.parseInt(str(key));
    }

    byte[] hex(String key) {
        return HexFormat.of().parseHex(str(key));
    }

    /** Epoch seconds with sub-millisecond resolution, as the script's clock saw it. */
    double time() {
        return Double.parseDouble(str("t"));
    }

    List<Tlv> tlvs() {
        List<Tlv> tlvs = new ArrayList<>();
        String text = fields.getOrDefault("tlvs", "");
        if (!text.isEmpty()) {
            for (String item : text.split(",")) {
                String[] parts = item.split(":", -1);
                tlvs.add(new Tlv(Integer.parseInt(parts[0], 16), HexFormat.of().parseHex(parts[1])));
            }
        }
        return tlvs;
    }

    /** The submit_sm this event recorded, as the SMSC saw it. */
    ShortMessage shortMessage() {
        return new ShortMessage(str("service_type"),
                new SmppAddress(num("source_addr_ton"), num("source_addr_npi"), str("source_addr")),
                new SmppAddress(num("dest_addr_ton"), num("dest_addr_npi"), str("destination_addr")),
                num("esm_class"), num("protocol_id"), num("priority_flag"), str("schedule_delivery_time"),
                str("validity_period"), num("registered_delivery"), num("replace_if_present_flag"),
                num("data_coding"), num("sm_default_msg_id"), hex("short_message_hex"), tlvs());
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
