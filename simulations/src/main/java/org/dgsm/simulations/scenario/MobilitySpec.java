package org.dgsm.simulations.scenario;

/**
 * Who moves how. Fractions of the population (the rest stays home all day).
 *
 * @param homeBasedFraction    phones that make trips from home: {@code tripsPerDay} (Poisson) to a neighbouring
 *                             village, staying there {@code meanStayMinutes} (exponential) before coming back
 * @param commuterFraction     phones that go to a fixed neighbouring village every day at {@code leaveHour} and
 *                             come back at {@code returnHour}, each ± up to {@code spreadMinutes}
 * @param edgeFraction         phones on the edge between their home cell and a neighbouring village's cell,
 *                             re-selecting the other cell after {@code edgeDwellMinutes} on average (exponential)
 */
public record MobilitySpec(double homeBasedFraction, double tripsPerDay, double meanStayMinutes,
                           double commuterFraction, double leaveHour, double returnHour, double spreadMinutes,
                           double edgeFraction, double edgeDwellMinutes) {
}
