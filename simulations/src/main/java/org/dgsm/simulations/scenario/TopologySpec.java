package org.dgsm.simulations.scenario;

import java.util.List;

/**
 * The shape of the village graph.
 *
 * @param type   {@code full} (every pair linked), {@code ring}, {@code line}, {@code star} (first village is the
 *               hub), {@code random} (a random spanning tree plus random links up to {@code degree} on average) or
 *               {@code explicit} (only {@code links})
 * @param degree average number of links per village for {@code random}
 */
public record TopologySpec(String type, double degree) {

    public static final List<String> TYPES = List.of("full", "ring", "line", "star", "random", "explicit");
}
