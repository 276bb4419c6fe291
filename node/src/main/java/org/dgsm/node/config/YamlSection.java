package org.dgsm.node.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One mapping of a YAML file, with its path from the root and the line of every key, so that every error can say
 * where it is: {@code village.yaml line 7: mslookup.ttl: must be 1..255, got 300}.
 */
final class YamlSection {

    private final String source;
    private final String path;
    private final int line;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlSection(String source, String path, Node node) throws ConfigException {
        this.source = source;
        this.path = path;
        this.line = lineOf(node);
        if (!(node instanceof MappingNode mapping)) {
            throw new ConfigException(where(line) + (path.isEmpty() ? "the file" : path) + ": expected a mapping of key: value");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(where(lineOf(tuple.getKeyNode())) + "keys must be plain words");
            }
            if (entries.put(key.getValue(), tuple) != null) {
                throw new ConfigException(where(lineOf(key)) + qualified(key.getValue()) + ": given twice");
            }
        }
    }

    /** Fails on the first key that is not one of {@code known}, naming the keys that are. */
    YamlSection allowOnly(Set<String> known) throws ConfigException {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new ConfigException(where(lineOf(e.getValue().getKeyNode())) + "unknown key '" + qualified(e.getKey())
                        + "'; known here: " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return this;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<String> string(String key) throws ConfigException {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return Optional.empty();
        }
        if (!(t.getValueNode() instanceof ScalarNode scalar)) {
            throw new ConfigException(where(lineOf(t.getValueNode())) + qualified(key) + ": expected a single value");
        }
        return Optional.of(scalar.getValue());
    }

    String requiredString(String key) throws ConfigException {
        return string(key).orElseThrow(() -> new ConfigException(where(line) + qualified(key) + ": missing"));
    }

    Optional<Integer> integer(String key, int min, int max) throws ConfigException {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw error(key, "must be a whole number " + min + ".." + max + ", got '" + text.get() + "'");
        }
    }

    Optional<Boolean> bool(String key) throws ConfigException {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (text.get().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> throw error(key, "must be true or false, got '" + text.get() + "'");
        };
    }

    /** A list of single values, {@code [a, b]} or one item per line; a single value counts as a list of one. */
    Optional<java.util.List<String>> stringList(String key) throws ConfigException {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return Optional.empty();
        }
        if (t.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(java.util.List.of(scalar.getValue()));
        }
        if (!(t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode seq)) {
            throw new ConfigException(where(lineOf(t.getValueNode())) + qualified(key) + ": expected a list");
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode v)) {
                throw new ConfigException(where(lineOf(item)) + qualified(key) + ": list items must be single values");
            }
            values.add(v.getValue());
        }
        return Optional.of(values);
    }

    Optional<YamlSection> section(String key) throws ConfigException {
        NodeTuple t = entries.get(key);
        return t == null ? Optional.empty() : Optional.of(new YamlSection(source, qualified(key), t.getValueNode()));
    }

    /** Parses a value with {@code parse}; its IllegalArgumentException becomes an error at the value's line. */
    <T> Optional<T> parsed(String key, Function<String, T> parse) throws ConfigException {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.get().strip()));
        } catch (IllegalArgumentException e) {
            throw error(key, e.getMessage());
        }
    }

    ConfigException error(String key, String message) {
        NodeTuple t = entries.get(key);
        return new ConfigException(where(t == null ? line : lineOf(t.getValueNode())) + qualified(key) + ": " + message);
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String where(int atLine) {
        return source + " line " + atLine + ": ";
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
