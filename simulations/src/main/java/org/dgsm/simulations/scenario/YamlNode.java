package org.dgsm.simulations.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of the scenario tree together with its key path, so that every complaint names the key
 * ({@code subscribers.mobility.edge.fraction}). Reads numbers, text and lists with range checks.
 */
final class YamlNode {

    private final String file;
    private final String path;
    private final JsonNode node;

    YamlNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    JsonNode raw() {
        return node;
    }

    ScenarioException error(String message) {
        return new ScenarioException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    ScenarioException error(String key, String message) {
        return new ScenarioException(file + ": " + keyPath(key) + ": " + message);
    }

    private String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Fails on any key that is not in {@code known} (typos must not pass silently). */
    YamlNode onlyKeys(String... known) {
        requireMapping();
        Set<String> allowed = Set.of(known);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(name, "unknown key (known keys here: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    YamlNode child(String key) {
        requireMapping();
        if (!has(key)) {
            throw error(key, "missing");
        }
        return new YamlNode(file, keyPath(key), node.get(key));
    }

    /** The mapping at {@code key}, or an empty mapping when absent. */
    YamlNode mappingOrEmpty(String key) {
        if (!has(key)) {
            return new YamlNode(file, keyPath(key), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode());
        }
        YamlNode child = child(key);
        child.requireMapping();
        return child;
    }

    List<YamlNode> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw error(key, "must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new YamlNode(file, keyPath(key) + "[" + i + "]", value.get(i)));
        }
        return items;
    }

    List<YamlNode> items() {
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new YamlNode(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    String text(String key, String defaultValue) {
        if (!has(key)) {
            if (defaultValue == null) {
                throw error(key, "missing");
            }
            return defaultValue;
        }
        JsonNode value = node.get(key);
        if (!value.isTextual() && !value.isNumber()) {
            throw error(key, "must be text");
        }
        return value.asText();
    }

    double number(String key, Double defaultValue, double min, double max) {
        if (!has(key)) {
            if (defaultValue == null) {
                throw error(key, "missing");
            }
            return defaultValue;
        }
        JsonNode value = node.get(key);
        if (!value.isNumber()) {
            throw error(key, "must be a number, got '" + value.asText() + "'");
        }
        double d = value.asDouble();
        if (!(d >= min && d <= max)) {
            throw error(key, "must be between " + format(min) + " and " + format(max) + ", got " + format(d));
        }
        return d;
    }

    long integer(String key, Long defaultValue, long min, long max) {
        if (!has(key)) {
            if (defaultValue == null) {
                throw error(key, "missing");
            }
            return defaultValue;
        }
        JsonNode value = node.get(key);
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw error(key, "must be a whole number, got '" + value.asText() + "'");
        }
        long l = value.asLong();
        if (l < min || l > max) {
            throw error(key, "must be between " + min + " and " + max + ", got " + l);
        }
        return l;
    }

    boolean bool(String key, boolean defaultValue) {
        if (!has(key)) {
            return defaultValue;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw error(key, "must be true or false, got '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    private void requireMapping() {
        if (!node.isObject()) {
            throw error("must be a mapping of keys to values");
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
