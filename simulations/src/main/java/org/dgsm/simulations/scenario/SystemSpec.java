package org.dgsm.simulations.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One system to simulate on the scenario's world.
 * <ul>
 *   <li>{@code dgsm}: D-GSM as dgsm-node runs it: production mslookup, HLR core and D-GSM proxy (with its
 *       roaming cache);</li>
 *   <li>{@code osmohlr}: D-GSM as a mesh of OsmoHLR 1.5 would run it: the same mslookup and HLR cores, but the
 *       proxy modelled on OsmoHLR 1.5 (no cache; a request for an unreachable home may never be answered);</li>
 *   <li>{@code mirror-N}: the baseline, one central database mirrored to every village every N minutes.</li>
 * </ul>
 */
public record SystemSpec(String name, Kind kind, int mirrorSyncMinutes) {

    public enum Kind { DGSM, OSMOHLR, MIRROR }

    private static final Pattern MIRROR = Pattern.compile("mirror-([1-9][0-9]{0,3})");

    public static SystemSpec parse(String name) {
        if ("dgsm".equals(name)) {
            return new SystemSpec(name, Kind.DGSM, 0);
        }
        if ("osmohlr".equals(name)) {
            return new SystemSpec(name, Kind.OSMOHLR, 0);
        }
        Matcher m = MIRROR.matcher(name);
        if (m.matches()) {
            return new SystemSpec(name, Kind.MIRROR, Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("unknown system '" + name
                + "' (known: dgsm, osmohlr, mirror-<minutes>)");
    }

    /** Whether villages run the protocol cores (D-GSM, ours or OsmoHLR's way) rather than a mirror. */
    public boolean isDgsm() {
        return kind != Kind.MIRROR;
    }
}
