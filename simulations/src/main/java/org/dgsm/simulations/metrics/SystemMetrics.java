package org.dgsm.simulations.metrics;

import org.dgsm.simulations.world.MobilityKind;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything measured for one system in one run. */
public final class SystemMetrics {

    private final String system;
    private final EnumMap<CallOutcome, Long> calls = new EnumMap<>(CallOutcome.class);
    private final EnumMap<MobilityKind, SuccessCounter> callsByCallee = new EnumMap<>(MobilityKind.class);
    private final SuccessCounter[] callsByHour;
    private final Samples callLookupMillis = new Samples();
    private final Samples callAnswerMillis = new Samples();
    private final Samples callSetupMillis = new Samples();
    private final Samples smsLookupMillis = new Samples();
    private final Samples smsDeliveryMillis = new Samples();
    private long smsSubmitted;
    private long smsExpired;
    private long smsAttempts;
    private final SuccessCounter roamingHomeReachable = new SuccessCounter();
    private final SuccessCounter roamingHomeDown = new SuccessCounter();
    private final SuccessCounter locationUpdatesAtHome = new SuccessCounter();
    private long locationUpdatesAbandoned;
    private final Map<String, Long> counters = new LinkedHashMap<>();

    public SystemMetrics(String system, int hours) {
        this.system = system;
        for (CallOutcome outcome : CallOutcome.values()) {
            calls.put(outcome, 0L);
        }
        for (MobilityKind kind : MobilityKind.values()) {
            callsByCallee.put(kind, new SuccessCounter());
        }
        callsByHour = new SuccessCounter[Math.max(1, hours)];
        for (int i = 0; i < callsByHour.length; i++) {
            callsByHour[i] = new SuccessCounter();
        }
    }

    public String system() {
        return system;
    }

    /** @param answerMillis when the winning lookup answer arrived, or -1 when the lookup found nothing */
    public void recordCall(CallOutcome outcome, MobilityKind callee, int hour, long lookupMillis, long answerMillis,
                           long setupMillis) {
        calls.merge(outcome, 1L, Long::sum);
        boolean ok = outcome == CallOutcome.CONNECTED;
        callsByCallee.get(callee).record(ok);
        callsByHour[Math.min(callsByHour.length - 1, Math.max(0, hour))].record(ok);
        callLookupMillis.add(lookupMillis);
        if (answerMillis >= 0) {
            callAnswerMillis.add(answerMillis);
        }
        if (ok) {
            callSetupMillis.add(setupMillis);
        }
    }

    public void recordSmsSubmitted() {
        smsSubmitted++;
    }

    public void recordSmsAttempt(long lookupMillis) {
        smsAttempts++;
        smsLookupMillis.add(lookupMillis);
    }

    public void recordSmsDelivered(long delayMillis) {
        smsDeliveryMillis.add(delayMillis);
    }

    public void recordSmsExpired() {
        smsExpired++;
    }

    /** A location update episode (up to the configured attempts) away from home, and whether home was reachable. */
    public void recordRoamingUpdate(boolean homeReachable, boolean success) {
        (homeReachable ? roamingHomeReachable : roamingHomeDown).record(success);
    }

    public void recordHomeUpdate(boolean success) {
        locationUpdatesAtHome.record(success);
    }

    public void recordAbandonedUpdate() {
        locationUpdatesAbandoned++;
    }

    public void counter(String name, long value) {
        counters.put(name, value);
    }

    public long calls(CallOutcome outcome) {
        return calls.get(outcome);
    }

    public long callsAttempted() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    public double callSuccessRatio() {
        long attempted = callsAttempted();
        return attempted == 0 ? Double.NaN : (double) calls(CallOutcome.CONNECTED) / attempted;
    }

    public SuccessCounter callsByCallee(MobilityKind kind) {
        return callsByCallee.get(kind);
    }

    public SuccessCounter[] callsByHour() {
        return callsByHour.clone();
    }

    public Samples callLookupMillis() {
        return callLookupMillis;
    }

    /** When the winning answer arrived (found lookups only); the caller waits until min-delay anyway. */
    public Samples callAnswerMillis() {
        return callAnswerMillis;
    }

    public Samples callSetupMillis() {
        return callSetupMillis;
    }

    public Samples smsLookupMillis() {
        return smsLookupMillis;
    }

    public Samples smsDeliveryMillis() {
        return smsDeliveryMillis;
    }

    public long smsSubmitted() {
        return smsSubmitted;
    }

    public long smsDelivered() {
        return smsDeliveryMillis.size();
    }

    public long smsExpired() {
        return smsExpired;
    }

    public long smsAttempts() {
        return smsAttempts;
    }

    public SuccessCounter roamingHomeReachable() {
        return roamingHomeReachable;
    }

    public SuccessCounter roamingHomeDown() {
        return roamingHomeDown;
    }

    public SuccessCounter locationUpdatesAtHome() {
        return locationUpdatesAtHome;
    }

    public long locationUpdatesAbandoned() {
        return locationUpdatesAbandoned;
    }

    public Map<String, Long> counters() {
        return java.util.Collections.unmodifiableMap(counters);
    }
}
