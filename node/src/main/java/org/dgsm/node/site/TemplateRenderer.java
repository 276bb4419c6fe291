package org.dgsm.node.site;

import java.util.Map;
import java.util.Objects;

/**
 * Fills {@code ${name}} placeholders of a template; {@code $${} stands for a literal {@code ${}. A placeholder
 * without a value is an error naming the template, line and name, so a template and the generator cannot drift
 * apart silently.
 */
final class TemplateRenderer {

    private TemplateRenderer() {
    }

    static String render(String templateName, String template, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        StringBuilder out = new StringBuilder(template.length() + 256);
        int line = 1;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '$' && template.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && template.startsWith("${", i)) {
                int end = template.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException(templateName + " line " + line + ": '${' without '}'");
                }
                String name = template.substring(i + 2, end);
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException(templateName + " line " + line + ": no value for ${" + name + "}");
                }
                out.append(value);
                i = end + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
