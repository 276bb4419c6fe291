package org.dgsm.dialplan.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.dialplan.lookup.SubscriberLocation;
import org.dgsm.mslookup.wire.IpAddressText;

/** The JSON bodies of {@code GET /lookup/{service}/{msisdn}}, one object per line. */
final class LookupJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LookupJson() {
    }

    /**
     * {@code {"service":..,"msisdn":..,"address":..,"port":..,"age":..,"village":..,"local":..}}; the address is
     * printed as osmo prints it (IPv6 without brackets), village is null when unknown.
     */
    static String found(String service, String msisdn, SubscriberLocation.Found found, boolean local) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("service", service);
        node.put("msisdn", msisdn);
        node.put("address", IpAddressText.format(found.address().ip()));
        node.put("port", found.address().port());
        node.put("age", found.ageSeconds());
        node.put("village", found.village());
        node.put("local", local);
        return write(node);
    }

    static String notFound(String service, String msisdn) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("service", service);
        node.put("msisdn", msisdn);
        node.put("error", "not-found");
        node.put("detail", "no village answered the mslookup");
        return write(node);
    }

    static String lookupFailed(String service, String msisdn, String reason) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("service", service);
        node.put("msisdn", msisdn);
        node.put("error", "lookup-failed");
        node.put("detail", reason);
        return write(node);
    }

    static String error(String error, String detail) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", error);
        node.put("detail", detail);
        return write(node);
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for a tree of strings and numbers", e);
        }
    }
}
