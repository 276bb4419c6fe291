package org.dgsm.simulations.scenario;

import org.dgsm.simulations.network.LinkSpec;

/** One link named in the scenario: between villages {@code a} and {@code b}, with its own behaviour. */
public record LinkOverride(int a, int b, LinkSpec spec) {
}
