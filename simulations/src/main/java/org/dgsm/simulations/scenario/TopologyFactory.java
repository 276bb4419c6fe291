package org.dgsm.simulations.scenario;

import org.dgsm.simulations.network.LinkSpec;
import org.dgsm.simulations.network.Topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the village graph of a scenario. {@code random} places villages at random points of a square and links
 * each to its nearest ones: first a minimum spanning tree (so every village is connected), then the shortest
 * missing links until the average degree is reached — long directional Wi-Fi links join villages that are close.
 * Links named in the scenario are added, or override the generated link between the same villages.
 */
public final class TopologyFactory {

    private TopologyFactory() {
    }

    public static Topology build(Scenario scenario, SplittableRandom random) {
        int n = scenario.villageCount();
        LinkSpec defaults = scenario.linkDefaults();
        List<int[]> pairs = switch (scenario.topology().type()) {
            case "full" -> full(n);
            case "ring" -> ring(n);
            case "line" -> line(n);
            case "star" -> star(n);
            case "random" -> geometric(n, scenario.topology().degree(), random);
            case "explicit" -> List.of();
            default -> throw new IllegalArgumentException("unknown topology " + scenario.topology().type());
        };
        LinkSpec[][] overrides = new LinkSpec[n][n];
        for (LinkOverride link : scenario.links()) {
            overrides[link.a()][link.b()] = link.spec();
            overrides[link.b()][link.a()] = link.spec();
        }
        Topology.Builder builder = Topology.builder(n);
        for (int[] pair : pairs) {
            LinkSpec spec = overrides[pair[0]][pair[1]];
            builder.link(pair[0], pair[1], spec != null ? spec : defaults);
        }
        for (LinkOverride link : scenario.links()) {
            if (!builder.has(link.a(), link.b())) {
                builder.link(link.a(), link.b(), link.spec());
            }
        }
        return builder.build();
    }

    private static List<int[]> full(int n) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        return pairs;
    }

    private static List<int[]> line(int n) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a + 1 < n; a++) {
            pairs.add(new int[] {a, a + 1});
        }
        return pairs;
    }

    private static List<int[]> ring(int n) {
        List<int[]> pairs = line(n);
        if (n > 2) {
            pairs.add(new int[] {0, n - 1});
        }
        return pairs;
    }

    private static List<int[]> star(int n) {
        List<int[]> pairs = new ArrayList<>();
        for (int b = 1; b < n; b++) {
            pairs.add(new int[] {0, b});
        }
        return pairs;
    }

    private static List<int[]> geometric(int n, double degree, SplittableRandom random) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        List<int[]> pairs = new ArrayList<>();
        boolean[][] linked = new boolean[n][n];
        // Prim's minimum spanning tree.
        boolean[] inTree = new boolean[n];
        double[] best = new double[n];
        int[] bestFrom = new int[n];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        bestFrom[0] = -1;
        for (int step = 0; step < n; step++) {
            int next = -1;
            for (int v = 0; v < n; v++) {
                if (!inTree[v] && (next < 0 || best[v] < best[next])) {
                    next = v;
                }
            }
            inTree[next] = true;
            if (bestFrom[next] >= 0) {
                add(pairs, linked, bestFrom[next], next);
            }
            for (int v = 0; v < n; v++) {
                double d = distance(x, y, next, v);
                if (!inTree[v] && d < best[v]) {
                    best[v] = d;
                    bestFrom[v] = next;
                }
            }
        }
        int wanted = (int) Math.min((long) n * (n - 1) / 2, Math.round(degree * n / 2.0));
        if (pairs.size() < wanted) {
            List<int[]> candidates = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (!linked[a][b]) {
                        candidates.add(new int[] {a, b});
                    }
                }
            }
            candidates.sort(Comparator.<int[]>comparingDouble(p -> distance(x, y, p[0], p[1]))
                    .thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
            for (int i = 0; i < candidates.size() && pairs.size() < wanted; i++) {
                add(pairs, linked, candidates.get(i)[0], candidates.get(i)[1]);
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    private static void add(List<int[]> pairs, boolean[][] linked, int a, int b) {
        linked[a][b] = true;
        linked[b][a] = true;
        pairs.add(new int[] {Math.min(a, b), Math.max(a, b)});
    }

    private static double distance(double[] x, double[] y, int a, int b) {
        double dx = x[a] - x[b];
        double dy = y[a] - y[b];
        return Math.sqrt(dx * dx + dy * dy);
    }
}
