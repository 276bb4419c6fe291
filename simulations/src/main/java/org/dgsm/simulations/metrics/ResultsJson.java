package org.dgsm.simulations.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.simulations.world.MobilityKind;

/**
 * Builds {@code results.json}. Only values that follow from the scenario and its seed go in (no wall-clock time,
 * no host facts), in a fixed key order, so the same seed gives the same bytes.
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double[] PERCENTILES = {50, 90, 95, 99};

    private ResultsJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ObjectNode system(SystemMetrics m) {
        ObjectNode node = object();
        ObjectNode calls = node.putObject("calls");
        calls.put("attempted", m.callsAttempted());
        calls.put("connected", m.calls(CallOutcome.CONNECTED));
        ratio(calls, "successRatio", m.callSuccessRatio());
        ObjectNode outcomes = calls.putObject("outcomes");
        for (CallOutcome outcome : CallOutcome.values()) {
            outcomes.put(outcome.key(), m.calls(outcome));
        }
        ObjectNode byCallee = calls.putObject("byCalleeMobility");
        for (MobilityKind kind : MobilityKind.values()) {
            counter(byCallee.putObject(kind.key()), m.callsByCallee(kind));
        }
        ArrayNode byHour = calls.putArray("successRatioByHour");
        for (SuccessCounter hour : m.callsByHour()) {
            if (Double.isNaN(hour.ratio())) {
                byHour.addNull();
            } else {
                byHour.add(round(hour.ratio()));
            }
        }
        percentiles(node.putObject("callLookupLatencyMs"), m.callLookupMillis());
        percentiles(node.putObject("callAnswerArrivalMs"), m.callAnswerMillis());
        percentiles(node.putObject("callSetupMs"), m.callSetupMillis());

        ObjectNode sms = node.putObject("sms");
        sms.put("submitted", m.smsSubmitted());
        sms.put("delivered", m.smsDelivered());
        sms.put("expired", m.smsExpired());
        sms.put("pendingAtEnd", m.smsSubmitted() - m.smsDelivered() - m.smsExpired());
        sms.put("attempts", m.smsAttempts());
        ratio(sms, "deliveredRatio", m.smsSubmitted() == 0 ? Double.NaN
                : (double) m.smsDelivered() / m.smsSubmitted());
        percentiles(sms.putObject("deliveryDelayMs"), m.smsDeliveryMillis());
        percentiles(sms.putObject("lookupLatencyMs"), m.smsLookupMillis());

        ObjectNode lu = node.putObject("locationUpdates");
        counter(lu.putObject("atHome"), m.locationUpdatesAtHome());
        counter(lu.putObject("roamingHomeReachable"), m.roamingHomeReachable());
        counter(lu.putObject("roamingHomeDown"), m.roamingHomeDown());
        lu.put("abandoned", m.locationUpdatesAbandoned());

        ObjectNode counters = node.putObject("counters");
        m.counters().forEach(counters::put);
        return node;
    }

    private static void counter(ObjectNode node, SuccessCounter counter) {
        node.put("attempts", counter.attempts());
        node.put("successes", counter.successes());
        ratio(node, "successRatio", counter.ratio());
    }

    private static void percentiles(ObjectNode node, Samples samples) {
        node.put("count", samples.size());
        for (double p : PERCENTILES) {
            node.put("p" + (int) p, samples.percentile(p));
        }
        node.put("max", samples.max());
    }

    static void ratio(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, round(value));
        }
    }

    /** Four decimals: enough for a ratio, and stable text. */
    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
