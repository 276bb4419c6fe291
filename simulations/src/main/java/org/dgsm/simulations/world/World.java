package org.dgsm.simulations.world;

import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.network.Topology;
import org.dgsm.simulations.scenario.MobilitySpec;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.WorkloadSpec;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The exogenous part of a run, identical for every system: phones moving (and repeating their location update every
 * T3212), calls and SMS being made. Each kind of randomness has its own named stream, so the world replays the same
 * way whatever systems listen to it.
 */
public final class World {

    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;
    /** Phones switched on at the start do their first location update within this window. */
    static final long POWER_ON_WINDOW = 60_000L;

    /**
     * Traffic per hour of day relative to the day's mean: quiet at night, busy in the evening (a typical shape for
     * rural networks; the values are an assumption, not measured data).
     */
    static final double[] DAY_PROFILE = normalise(new double[] {
        0.15, 0.10, 0.08, 0.08, 0.10, 0.30, 0.70, 1.10, 1.30, 1.30, 1.30, 1.30,
        1.20, 1.20, 1.20, 1.30, 1.40, 1.50, 1.60, 1.70, 1.60, 1.30, 0.80, 0.40});

    private final Scenario scenario;
    private final Simulator simulator;
    private final Topology topology;
    private final Population population;
    private final List<WorldListener> listeners;
    private final long origin;
    private final long end;
    private final long periodicMillis;
    private final SplittableRandom mobilityRandom;
    private final SplittableRandom callRandom;
    private final SplittableRandom smsRandom;
    private long moves;
    private long periodicUpdates;
    private long calls;
    private long sms;

    public World(Scenario scenario, Simulator simulator, Topology topology, Population population,
                 RandomStreams streams, List<WorldListener> listeners) {
        this.scenario = scenario;
        this.simulator = simulator;
        this.topology = topology;
        this.population = population;
        this.listeners = List.copyOf(listeners);
        this.origin = simulator.now();
        this.end = origin + scenario.durationMillis();
        this.periodicMillis = Math.round(scenario.timers().periodicLuMinutes() * 60_000);
        this.mobilityRandom = streams.stream("world.mobility");
        this.callRandom = streams.stream("world.calls");
        this.smsRandom = streams.stream("world.sms");
    }

    public Population population() {
        return population;
    }

    /** Puts the first location updates, the movements and the traffic on the schedule. */
    public void start() {
        MobilitySpec mobility = scenario.mobility();
        for (SimSubscriber s : population.all()) {
            int start = s.home();
            if (s.mobility() == MobilityKind.EDGE && mobilityRandom.nextBoolean()) {
                start = s.away();
            }
            if (s.mobility() == MobilityKind.COMMUTER && workingAt(0, mobility)) {
                start = s.away();
            }
            s.campAt(start);
            long powerOn = origin + mobilityRandom.nextLong(POWER_ON_WINDOW);
            simulator.at(powerOn, () -> locationUpdate(s, CampReason.INITIAL));
            switch (s.mobility()) {
                case EDGE -> scheduleEdgeFlip(s, powerOn);
                case COMMUTER -> scheduleCommute(s, 0);
                case HOME_BASED -> scheduleTrip(s, powerOn);
                case STATIC -> { }
            }
        }
        WorkloadSpec workload = scenario.workload();
        long trafficStart = origin + Math.round(scenario.warmupMinutes() * 60_000);
        double callsPerMs = population.size() * workload.callsPerSubscriberPerDay() / DAY;
        double smsPerMs = population.size() * workload.smsPerSubscriberPerDay() / DAY;
        if (callsPerMs > 0) {
            scheduleArrival(trafficStart, callsPerMs, callRandom, true);
        }
        if (smsPerMs > 0) {
            scheduleArrival(trafficStart, smsPerMs, smsRandom, false);
        }
    }

    private static boolean workingAt(double hourOfDay, MobilitySpec mobility) {
        return hourOfDay >= mobility.leaveHour() && hourOfDay < mobility.returnHour();
    }

    /** A move into another village's cell, and the location update that follows. */
    void moveTo(SimSubscriber s, int village) {
        if (village == s.camped()) {
            return;
        }
        moves++;
        s.campAt(village);
        locationUpdate(s, CampReason.MOVE);
    }

    private void locationUpdate(SimSubscriber s, CampReason reason) {
        for (WorldListener listener : listeners) {
            listener.onLocationUpdate(s, s.camped(), reason);
        }
        long token = s.nextPeriodicToken();
        simulator.after(periodicMillis, () -> {
            if (s.periodicToken() == token) {
                periodicUpdates++;
                locationUpdate(s, CampReason.PERIODIC);
            }
        });
    }

    private void scheduleEdgeFlip(SimSubscriber s, long from) {
        long dwell = Math.max(1000, Math.round(RandomStreams.exponential(mobilityRandom,
                scenario.mobility().edgeDwellMinutes() * 60_000)));
        simulator.at(from + dwell, () -> {
            moveTo(s, s.camped() == s.home() ? s.away() : s.home());
            scheduleEdgeFlip(s, simulator.now());
        });
    }

    private void scheduleCommute(SimSubscriber s, int day) {
        MobilitySpec m = scenario.mobility();
        long dayStart = origin + day * DAY;
        if (dayStart >= end) {
            return;
        }
        long spread = Math.round(m.spreadMinutes() * 60_000);
        long leave = dayStart + Math.round(m.leaveHour() * HOUR) + uniform(spread);
        long back = dayStart + Math.round(m.returnHour() * HOUR) + uniform(spread);
        long now = simulator.now();
        if (leave > now) {
            simulator.at(leave, () -> moveTo(s, s.away()));
        }
        if (back > now) {
            simulator.at(Math.max(back, leave + 1), () -> moveTo(s, s.home()));
        }
        simulator.at(Math.max(now, dayStart + DAY - HOUR), () -> scheduleCommute(s, day + 1));
    }

    private long uniform(long spread) {
        return spread == 0 ? 0 : mobilityRandom.nextLong(-spread, spread + 1);
    }

    private void scheduleTrip(SimSubscriber s, long from) {
        MobilitySpec m = scenario.mobility();
        if (m.tripsPerDay() <= 0) {
            return;
        }
        long wait = Math.max(1000, Math.round(RandomStreams.exponential(mobilityRandom, DAY / m.tripsPerDay())));
        simulator.at(from + wait, () -> {
            int destination = Population.neighbour(topology, s.home(), mobilityRandom);
            long stay = Math.max(60_000, Math.round(RandomStreams.exponential(mobilityRandom,
                    m.meanStayMinutes() * 60_000)));
            moveTo(s, destination);
            simulator.after(stay, () -> {
                moveTo(s, s.home());
                scheduleTrip(s, simulator.now());
            });
        });
    }

    /** Poisson arrivals at {@code ratePerMs} (times the day profile, by thinning). */
    private void scheduleArrival(long from, double ratePerMs, SplittableRandom random, boolean call) {
        double peak = scenario.workload().diurnal() ? max(DAY_PROFILE) : 1.0;
        long gap = Math.max(1, Math.round(RandomStreams.exponential(random, 1.0 / (ratePerMs * peak))));
        long at = from + gap;
        if (at >= end) {
            return;
        }
        simulator.at(at, () -> {
            double weight = scenario.workload().diurnal()
                    ? DAY_PROFILE[(int) (((at - origin) % DAY) / HOUR)] / peak : 1.0;
            if (random.nextDouble() < weight) {
                SimSubscriber from1 = population.get(random.nextInt(population.size()));
                SimSubscriber to = pickRecipient(from1, random);
                if (to != null) {
                    if (call) {
                        calls++;
                        listeners.forEach(l -> l.onCall(from1, to));
                    } else {
                        sms++;
                        listeners.forEach(l -> l.onSms(from1, to));
                    }
                }
            }
            scheduleArrival(at, ratePerMs, random, call);
        });
    }

    private SimSubscriber pickRecipient(SimSubscriber sender, SplittableRandom random) {
        List<SimSubscriber> pool = random.nextDouble() < scenario.workload().localFraction()
                ? population.homeOf(sender.home()) : population.all();
        if (pool.size() < 2) {
            pool = population.all();
            if (pool.size() < 2) {
                return null;
            }
        }
        SimSubscriber pick = pool.get(random.nextInt(pool.size() - 1));
        // Skip the sender without a second draw: the last element stands in for it.
        return pick == sender ? pool.get(pool.size() - 1) : pick;
    }

    private static double max(double[] values) {
        double m = values[0];
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double[] normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] / mean;
        }
        return result;
    }

    public long moves() {
        return moves;
    }

    public long periodicUpdates() {
        return periodicUpdates;
    }

    public long calls() {
        return calls;
    }

    public long sms() {
        return sms;
    }
}
