package org.dgsm.dialplan.http;

/**
 * The XML documents mod_xml_curl expects ({@code <document type="freeswitch/xml">}): a dialplan section with one
 * context holding one extension, or the {@code result status="not found"} document that makes FreeSWITCH fall back
 * to its static XML. Pure text building; every value is escaped for an XML attribute.
 */
final class FreeswitchDocuments {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<document type=\"freeswitch/xml\">\n";
    private static final String FOOTER = "</document>\n";

    private FreeswitchDocuments() {
    }

    /** The documented answer for anything this endpoint does not serve. */
    static String notFound() {
        return HEADER
                + "  <section name=\"result\">\n"
                + "    <result status=\"not found\"/>\n"
                + "  </section>\n"
                + FOOTER;
    }

    /**
     * An extension in {@code context} whose condition matches {@code msisdn} exactly (digits only) or, when
     * {@code msisdn} is null, any destination; it runs {@code actions} (application, data) in order.
     */
    static String extension(String context, String extensionName, String msisdn, String[][] actions) {
        StringBuilder xml = new StringBuilder(HEADER);
        xml.append("  <section name=\"dialplan\" description=\"dgsm-node: calls routed by mslookup\">\n");
        xml.append("    <context name=\"").append(attribute(context)).append("\">\n");
        xml.append("      <extension name=\"").append(attribute(extensionName)).append("\">\n");
        if (msisdn == null) {
            xml.append("        <condition>\n");
        } else {
            requireDigits(msisdn);
            xml.append("        <condition field=\"destination_number\" expression=\"^").append(msisdn)
                    .append("$\">\n");
        }
        for (String[] action : actions) {
            xml.append("          <action application=\"").append(attribute(action[0])).append("\" data=\"")
                    .append(attribute(action[1])).append("\"/>\n");
        }
        xml.append("        </condition>\n");
        xml.append("      </extension>\n");
        xml.append("    </context>\n");
        xml.append("  </section>\n");
        xml.append(FOOTER);
        return xml.toString();
    }

    static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static void requireDigits(String msisdn) {
        for (int i = 0; i < msisdn.length(); i++) {
            if (msisdn.charAt(i) < '0' || msisdn.charAt(i) > '9') {
                throw new IllegalArgumentException("condition number must be digits only: '" + msisdn + "'");
            }
        }
    }
}
