package org.dgsm.hlr.gsup.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.dgsm.hlr.gsup.Octets;

/** Typed, checked access to the members of one JSON object that may hold only the keys it was given. */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    /** @throws GsupJsonException if {@code node} is not an object or has a key outside {@code keys} */
    JsonFields(JsonNode node, String path, Set<String> keys) throws GsupJsonException {
        if (node == null || !node.isObject()) {
            throw new GsupJsonException(path + " must be a JSON object, got " + node);
        }
        this.node = node;
        this.path = path;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new GsupJsonException("unknown key " + where(name));
            }
        }
    }

    String path() {
        return path;
    }

    String where(String key) {
        return path.isEmpty() ? "'" + key + "'" : "'" + key + "' in " + path;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    String text(String key) throws GsupJsonException {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new GsupJsonException(where(key) + " must be a string, got " + value);
        }
        return value.textValue();
    }

    Octets hex(String key) throws GsupJsonException {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Octets.fromHex(text);
        } catch (IllegalArgumentException e) {
            throw new GsupJsonException(where(key) + ": " + e.getMessage());
        }
    }

    /** An integer given as a JSON number or as a string in decimal or {@code 0x} hex, within {@code min…max}. */
    Long integer(String key, long min, long max) throws GsupJsonException {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        long parsed;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            parsed = value.longValue();
        } else if (value.isTextual()) {
            try {
                parsed = Long.decode(value.textValue());
            } catch (NumberFormatException e) {
                throw new GsupJsonException(where(key) + " must be an integer, got \"" + value.textValue() + "\"");
            }
        } else {
            throw new GsupJsonException(where(key) + " must be an integer, got " + value);
        }
        if (parsed < min || parsed > max) {
            throw new GsupJsonException(where(key) + " must be " + min + "-" + max + ", got " + parsed);
        }
        return parsed;
    }

    Integer oneByte(String key, int min) throws GsupJsonException {
        Long value = integer(key, min, 0xff);
        return value == null ? null : value.intValue();
    }

    boolean flag(String key) throws GsupJsonException {
        JsonNode value = get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new GsupJsonException(where(key) + " must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    /** The elements of an array member; an absent key gives an empty list. */
    List<JsonNode> array(String key) throws GsupJsonException {
        JsonNode value = get(key);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new GsupJsonException(where(key) + " must be an array, got " + value);
        }
        List<JsonNode> elements = new ArrayList<>();
        value.elements().forEachRemaining(elements::add);
        return elements;
    }

    JsonFields object(String key, Set<String> keys) throws GsupJsonException {
        JsonNode value = get(key);
        return value == null ? null : new JsonFields(value, path.isEmpty() ? key : path + "." + key, keys);
    }

    /** Refuses both {@code key} and {@code otherKey} being given. */
    void requireAtMostOne(String key, String otherKey) throws GsupJsonException {
        if (has(key) && has(otherKey)) {
            throw new GsupJsonException("give either " + where(key) + " or '" + otherKey + "', not both");
        }
    }

    private JsonNode get(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }
}
