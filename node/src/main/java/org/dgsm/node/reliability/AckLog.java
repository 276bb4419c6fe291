package org.dgsm.node.reliability;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the HLR acknowledged to the storm's MSCs: per IMSI the VLR name of the last acknowledged location update
 * and the highest SQN handed out in an acknowledged auth info result; and every SQN seen, to find one handed out
 * twice. Also the VLR names sent since the last acknowledgement (a request can be committed and the node killed
 * before it answers, so the record may hold any of them) and every name ever sent.
 */
public final class AckLog {

    private final Map<String, String> lastAckedVlr = new HashMap<>();
    private final Map<String, Set<String>> sentVlrs = new HashMap<>();
    private final Map<String, Set<String>> sentSinceAck = new HashMap<>();
    private final Map<String, Long> highestSqn = new HashMap<>();
    private final Map<String, Set<Long>> sqns = new HashMap<>();
    private long locationUpdates;
    private long authInfos;
    private long duplicateSqns;

    public synchronized void sent(String imsi, String vlr) {
        sentVlrs.computeIfAbsent(imsi, k -> new HashSet<>()).add(vlr);
        sentSinceAck.computeIfAbsent(imsi, k -> new HashSet<>()).add(vlr);
    }

    public synchronized void locationUpdateAcked(String imsi, String vlr) {
        lastAckedVlr.put(imsi, vlr);
        sentSinceAck.remove(imsi);
        locationUpdates++;
    }

    public synchronized void sqnAcked(String imsi, long sqn) {
        if (!sqns.computeIfAbsent(imsi, k -> new HashSet<>()).add(sqn)) {
            duplicateSqns++;
        }
        highestSqn.merge(imsi, sqn, Math::max);
    }

    public synchronized void authInfoAcked() {
        authInfos++;
    }

    public synchronized Map<String, String> lastAckedVlr() {
        return Collections.unmodifiableMap(new HashMap<>(lastAckedVlr));
    }

    public synchronized Set<String> sentVlrs(String imsi) {
        return Set.copyOf(sentVlrs.getOrDefault(imsi, Set.of()));
    }

    /**
     * The VLR numbers a record may hold without an acknowledged location update being lost: the last acknowledged
     * one, any sent since, and null only when nothing was ever acknowledged.
     */
    public synchronized boolean allowedVlr(String imsi, String stored) {
        String acked = lastAckedVlr.get(imsi);
        if (stored == null) {
            return acked == null;
        }
        return stored.equals(acked) || sentSinceAck.getOrDefault(imsi, Set.of()).contains(stored);
    }

    public synchronized Map<String, Long> highestSqn() {
        return Collections.unmodifiableMap(new HashMap<>(highestSqn));
    }

    public synchronized long locationUpdates() {
        return locationUpdates;
    }

    public synchronized long authInfos() {
        return authInfos;
    }

    public synchronized long duplicateSqns() {
        return duplicateSqns;
    }
}
