package org.dgsm.simulations.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A {@link Clock} showing the simulator's virtual time (UTC), for production code that takes a Clock. */
public final class VirtualClock extends Clock {

    private final Simulator simulator;

    public VirtualClock(Simulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("the virtual clock runs in UTC only");
    }

    @Override
    public long millis() {
        return simulator.now();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(simulator.now());
    }
}
