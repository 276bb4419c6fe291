package org.dgsm.node.reliability;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs for the long-run tools; every value has a default and an upper bound. */
final class RunArgs {

    private final Map<String, String> values = new HashMap<>();

    RunArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long number(String name, long fallback, long min, long max) {
        long v = values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
        if (v < min || v > max) {
            throw new IllegalArgumentException("--" + name + " must be " + min + ".." + max + ", got " + v);
        }
        return v;
    }
}
