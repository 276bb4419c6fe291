package org.dgsm.simulations.scenario;

/**
 * Traffic: Poisson arrivals, optionally shaped by a day profile (quiet nights, busy evenings).
 *
 * @param localFraction share of calls and SMS whose recipient has the same home village as the sender
 */
public record WorkloadSpec(double callsPerSubscriberPerDay, double smsPerSubscriberPerDay, double localFraction,
                           boolean diurnal) {
}
