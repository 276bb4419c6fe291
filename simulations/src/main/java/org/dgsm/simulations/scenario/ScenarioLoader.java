package org.dgsm.simulations.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.dgsm.simulations.network.LinkSpec;
import org.dgsm.simulations.network.Outage;
import org.dgsm.simulations.network.Partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario YAML file and checks every value; an error names the file and the key. Unknown keys are errors.
 * See {@code simulations/scenarios/*.yaml} and SIMULATION.md for the format.
 */
public final class ScenarioLoader {

    private static final Pattern VILLAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final double HOUR = 3_600_000.0;

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    /** @param fileName used in error messages only */
    public static Scenario parse(String fileName, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new ScenarioException(fileName + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScenarioException(fileName + ": empty scenario");
        }
        return new ScenarioLoader.Reader(new YamlNode(fileName, "", root)).read();
    }

    private static final class Reader {
        private final YamlNode root;
        private List<String> villages;
        private final Map<String, Integer> villageIndex = new HashMap<>();

        Reader(YamlNode root) {
            this.root = root;
        }

        Scenario read() {
            root.onlyKeys("name", "description", "seed", "durationHours", "warmupMinutes", "villages", "topology",
                    "linkDefaults", "links", "maxHops", "partitions", "outages", "subscribers", "workload",
                    "timers", "smsRetry", "mirror", "systems", "lossSweep");
            String name = root.text("name", null);
            if (name.isBlank()) {
                throw root.error("name", "must not be empty");
            }
            long seed = root.integer("seed", null, Long.MIN_VALUE, Long.MAX_VALUE);
            double hours = root.number("durationHours", null, 0.01, 24 * 14);
            double warmup = root.number("warmupMinutes", 10.0, 0, 24 * 60);
            if (warmup * 60_000 >= hours * HOUR) {
                throw root.error("warmupMinutes", "must be shorter than durationHours");
            }
            villages = readVillages(root.child("villages"));
            TopologySpec topology = readTopology(root.mappingOrEmpty("topology"));
            LinkSpec defaults = readLinkSpec(root.mappingOrEmpty("linkDefaults"), null, false);
            List<LinkOverride> links = readLinks(defaults);
            if (topology.type().equals("explicit") && links.isEmpty()) {
                throw root.error("links", "an explicit topology needs at least one link");
            }
            int maxHops = (int) root.integer("maxHops", 0L, 0, 255);
            List<Partition> partitions = readPartitions(hours);
            List<Outage> outages = readOutages(hours);
            YamlNode subscribers = root.child("subscribers").onlyKeys("count", "mobility");
            int count = (int) subscribers.integer("count", null, 1, 1_000_000);
            MobilitySpec mobility = readMobility(subscribers.mappingOrEmpty("mobility"));
            WorkloadSpec workload = readWorkload(root.mappingOrEmpty("workload"));
            NodeTimers timers = readTimers(root.mappingOrEmpty("timers"));
            SmsRetrySpec retry = readRetry(root.mappingOrEmpty("smsRetry"));
            YamlNode mirror = root.mappingOrEmpty("mirror").onlyKeys("central");
            int central = mirror.has("central") ? village(mirror, "central") : 0;
            List<SystemSpec> systems = readSystems(root, "systems",
                    List.of("dgsm", "osmohlr", "mirror-10", "mirror-30"));
            LossSweepSpec sweep = readSweep();
            return new Scenario(name, seed, hours, warmup, villages, topology, defaults, links, maxHops, partitions,
                    outages, count, mobility, workload, timers, retry, central, systems, sweep);
        }

        private List<String> readVillages(YamlNode node) {
            if (node.raw().isIntegralNumber()) {
                long n = node.raw().asLong();
                if (n < 1 || n > 1000) {
                    throw node.error("must be between 1 and 1000, got " + n);
                }
                return indexed(node, defaultNames((int) n));
            }
            node.onlyKeys("count", "names");
            List<String> names = new ArrayList<>();
            for (YamlNode item : node.list("names")) {
                String name = item.raw().asText();
                if (!item.raw().isTextual() || !VILLAGE_NAME.matcher(name).matches()) {
                    throw item.error("a village name is 1-32 letters, digits, '-' or '_', got '" + name + "'");
                }
                names.add(name);
            }
            if (names.isEmpty()) {
                names = defaultNames((int) node.integer("count", null, 1, 1000));
            } else if (node.has("count") && node.integer("count", null, 1, 1000) != names.size()) {
                throw node.error("count", "is " + node.raw().get("count").asLong() + " but " + names.size()
                        + " names are listed");
            }
            return indexed(node, names);
        }

        private List<String> indexed(YamlNode node, List<String> names) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (!seen.add(names.get(i))) {
                    throw node.error("names", "village '" + names.get(i) + "' is listed twice");
                }
                villageIndex.put(names.get(i), i);
            }
            return names;
        }

        private static List<String> defaultNames(int n) {
            int width = Integer.toString(n - 1).length();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add(String.format("v%0" + Math.max(2, width) + "d", i));
            }
            return names;
        }

        private TopologySpec readTopology(YamlNode node) {
            node.onlyKeys("type", "degree");
            String type = node.text("type", "random");
            if (!TopologySpec.TYPES.contains(type)) {
                throw node.error("type", "must be one of " + TopologySpec.TYPES + ", got '" + type + "'");
            }
            double degree = node.number("degree", 3.0, 1, 64);
            return new TopologySpec(type, degree);
        }

        private LinkSpec readLinkSpec(YamlNode node, LinkSpec base, boolean allowBetween) {
            if (allowBetween) {
                node.onlyKeys("between", "lossPercent", "delayMs", "jitterMs", "duplicatePercent", "mtbfHours",
                        "mttrMinutes");
            } else {
                node.onlyKeys("lossPercent", "delayMs", "jitterMs", "duplicatePercent", "mtbfHours", "mttrMinutes");
            }
            LinkSpec b = base != null ? base : new LinkSpec(0, 10, 0, 0, 0, 0);
            double loss = node.number("lossPercent", b.loss() * 100, 0, 100) / 100;
            long delay = node.integer("delayMs", b.delayMillis(), 0, 60_000);
            long jitter = node.integer("jitterMs", b.jitterMillis(), 0, 60_000);
            double dup = node.number("duplicatePercent", b.duplicate() * 100, 0, 100) / 100;
            double mtbf = node.number("mtbfHours", b.mtbfHours(), 0, 1e6);
            double mttr = node.number("mttrMinutes", b.mttrMinutes(), 0, 1e6);
            if (mtbf > 0 && mttr == 0) {
                throw node.error("mttrMinutes", "must be positive when mtbfHours is set");
            }
            return new LinkSpec(loss, delay, jitter, dup, mtbf, mttr);
        }

        private List<LinkOverride> readLinks(LinkSpec defaults) {
            List<LinkOverride> links = new ArrayList<>();
            Set<Long> pairs = new HashSet<>();
            for (YamlNode item : root.list("links")) {
                List<YamlNode> between = item.list("between");
                if (between.size() != 2) {
                    throw item.error("between", "must name exactly two villages");
                }
                int a = village(between.get(0));
                int b = village(between.get(1));
                if (a == b) {
                    throw item.error("between", "must name two different villages");
                }
                if (!pairs.add((long) Math.min(a, b) * 100_000 + Math.max(a, b))) {
                    throw item.error("between", "link " + villages.get(a) + "-" + villages.get(b)
                            + " is listed twice");
                }
                links.add(new LinkOverride(a, b, readLinkSpec(item, defaults, true)));
            }
            return links;
        }

        private List<Partition> readPartitions(double hours) {
            List<Partition> partitions = new ArrayList<>();
            for (YamlNode item : root.list("partitions")) {
                item.onlyKeys("startHour", "durationHours", "groups");
                long start = Math.round(item.number("startHour", null, 0, hours) * HOUR);
                long duration = Math.round(item.number("durationHours", null, 0.001, 24 * 14) * HOUR);
                int[] groupOf = new int[villages.size()];
                List<YamlNode> groups = item.list("groups");
                if (groups.size() < 2) {
                    throw item.error("groups", "needs at least two groups of villages");
                }
                int unlisted = groups.size() + 1;
                java.util.Arrays.fill(groupOf, unlisted);
                for (int g = 0; g < groups.size(); g++) {
                    for (YamlNode v : groups.get(g).items()) {
                        int village = village(v);
                        if (groupOf[village] != unlisted) {
                            throw v.error("village '" + villages.get(village) + "' is in two groups");
                        }
                        groupOf[village] = g;
                    }
                }
                partitions.add(new Partition(start, duration, groupOf));
            }
            return partitions;
        }

        private List<Outage> readOutages(double hours) {
            List<Outage> outages = new ArrayList<>();
            for (YamlNode item : root.list("outages")) {
                item.onlyKeys("village", "startHour", "durationHours");
                int village = village(item, "village");
                long start = Math.round(item.number("startHour", null, 0, hours) * HOUR);
                long duration = Math.round(item.number("durationHours", null, 0.001, 24 * 14) * HOUR);
                outages.add(new Outage(village, start, duration));
            }
            return outages;
        }

        private MobilitySpec readMobility(YamlNode node) {
            node.onlyKeys("homeBased", "commuter", "edge");
            YamlNode home = node.mappingOrEmpty("homeBased").onlyKeys("fraction", "tripsPerDay", "meanStayMinutes");
            YamlNode commuter = node.mappingOrEmpty("commuter")
                    .onlyKeys("fraction", "leaveHour", "returnHour", "spreadMinutes");
            YamlNode edge = node.mappingOrEmpty("edge").onlyKeys("fraction", "dwellMinutes");
            double homeFraction = home.number("fraction", 0.0, 0, 1);
            double commuterFraction = commuter.number("fraction", 0.0, 0, 1);
            double edgeFraction = edge.number("fraction", 0.0, 0, 1);
            if (homeFraction + commuterFraction + edgeFraction > 1.0 + 1e-9) {
                throw node.error("the fractions of homeBased, commuter and edge add up to more than 1");
            }
            double leave = commuter.number("leaveHour", 7.5, 0, 24);
            double back = commuter.number("returnHour", 17.5, 0, 24);
            if (back <= leave) {
                throw commuter.error("returnHour", "must be after leaveHour");
            }
            return new MobilitySpec(homeFraction, home.number("tripsPerDay", 1.0, 0, 100),
                    home.number("meanStayMinutes", 120.0, 1, 24 * 60 * 7), commuterFraction, leave, back,
                    commuter.number("spreadMinutes", 30.0, 0, 180), edgeFraction,
                    edge.number("dwellMinutes", 5.0, 0.1, 24 * 60));
        }

        private WorkloadSpec readWorkload(YamlNode node) {
            node.onlyKeys("callsPerSubscriberPerDay", "smsPerSubscriberPerDay", "localFraction", "diurnal");
            return new WorkloadSpec(node.number("callsPerSubscriberPerDay", 3.0, 0, 1000),
                    node.number("smsPerSubscriberPerDay", 5.0, 0, 1000),
                    node.number("localFraction", 0.5, 0, 1), node.bool("diurnal", true));
        }

        private NodeTimers readTimers(YamlNode node) {
            node.onlyKeys("lookupMinDelayMs", "lookupTimeoutMs", "lookupQueryRepeats", "lookupRepeatIntervalMs",
                    "homeLookupTimeoutMs", "periodicLuMinutes",
                    "luTimeoutSeconds", "luAttempts", "luRetrySeconds", "heldRequestBoundSeconds",
                    "cacheExpiryHours");
            return new NodeTimers(node.integer("lookupMinDelayMs", 1000L, 0, 100_000),
                    node.integer("lookupTimeoutMs", 1000L, 0, 100_000),
                    (int) node.integer("lookupQueryRepeats", 0L, 0, 10),
                    node.integer("lookupRepeatIntervalMs", 250L, 1, 100_000),
                    node.integer("homeLookupTimeoutMs", 2000L, 1, 100_000),
                    node.number("periodicLuMinutes", 30.0, 1, 24 * 60),
                    Math.round(node.number("luTimeoutSeconds", 30.0, 1, 600) * 1000),
                    (int) node.integer("luAttempts", 4L, 1, 20),
                    Math.round(node.number("luRetrySeconds", 15.0, 1, 3600) * 1000),
                    Math.round(node.number("heldRequestBoundSeconds", 5.0, 0.1, 600) * 1000),
                    node.number("cacheExpiryHours", 168.0, 0.1, 24 * 365));
        }

        private SmsRetrySpec readRetry(YamlNode node) {
            node.onlyKeys("initialSeconds", "multiplier", "maxMinutes", "expiryHours", "jitter");
            double initial = node.number("initialSeconds", 5.0, 0.001, 86_400);
            double max = node.number("maxMinutes", 10.0, 0.001, 24 * 60);
            if (max * 60 < initial) {
                throw node.error("maxMinutes", "must not be below initialSeconds");
            }
            return new SmsRetrySpec(initial, node.number("multiplier", 2.0, 1, 100), max,
                    node.number("expiryHours", 48.0, 0.001, 24 * 365), node.number("jitter", 0.1, 0, 0.5));
        }

        private List<SystemSpec> readSystems(YamlNode node, String key, List<String> defaults) {
            List<String> names = new ArrayList<>();
            if (!node.has(key)) {
                names.addAll(defaults);
            } else {
                for (YamlNode item : node.list(key)) {
                    names.add(item.raw().asText());
                }
            }
            if (names.isEmpty()) {
                throw node.error(key, "must name at least one system");
            }
            List<SystemSpec> systems = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                try {
                    systems.add(SystemSpec.parse(name));
                } catch (IllegalArgumentException e) {
                    throw node.error(key, e.getMessage());
                }
                if (!seen.add(name)) {
                    throw node.error(key, "system '" + name + "' is listed twice");
                }
            }
            return systems;
        }

        private LossSweepSpec readSweep() {
            if (!root.has("lossSweep")) {
                return null;
            }
            YamlNode node = root.child("lossSweep").onlyKeys("lossPercent", "durationHours", "systems");
            List<Double> losses = new ArrayList<>();
            for (YamlNode item : node.list("lossPercent")) {
                if (!item.raw().isNumber() || item.raw().asDouble() < 0 || item.raw().asDouble() > 100) {
                    throw item.error("must be a number between 0 and 100, got '" + item.raw().asText() + "'");
                }
                losses.add(item.raw().asDouble());
            }
            if (losses.isEmpty()) {
                throw node.error("lossPercent", "must list at least one loss value");
            }
            double hours = node.number("durationHours", 2.0, 0.01, 24 * 14);
            return new LossSweepSpec(losses, hours, readSystems(node, "systems",
                    List.of("dgsm", "mirror-10", "mirror-30")));
        }

        private int village(YamlNode parent, String key) {
            return village(parent.child(key));
        }

        private int village(YamlNode node) {
            JsonNode value = node.raw();
            if (value.isIntegralNumber()) {
                int index = value.asInt();
                if (index < 0 || index >= villages.size()) {
                    throw node.error("village index " + index + " is outside 0.." + (villages.size() - 1));
                }
                return index;
            }
            Integer index = villageIndex.get(value.asText());
            if (index == null) {
                throw node.error("unknown village '" + value.asText() + "'");
            }
            return index;
        }
    }
}
