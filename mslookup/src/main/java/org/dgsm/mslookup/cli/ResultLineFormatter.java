package org.dgsm.mslookup.cli;

import org.dgsm.mslookup.client.MslookupReport;
import org.dgsm.mslookup.client.ResultCode;
import org.dgsm.mslookup.wire.IpAddressText;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.util.Objects;

/**
 * Formats reports exactly as osmo-mslookup-client prints them (spec §6.2, §6.3). Every method returns one line
 * without its trailing newline: stdout adds {@code "\n"}, the unix socket sends the line as it is.
 *
 * <p>Like osmo, an address of all zeros ({@code 0.0.0.0}, {@code ::}) is printed as absent. Unlike osmo, JSON string
 * values are escaped ({@code "}, {@code \} and control characters), so that a query text containing them still
 * gives valid JSON; for every other text the bytes are osmo's.
 */
public final class ResultLineFormatter {

    public static final String CSV_HEADER = "query\tresult\tlast\tage\tv4_ip\tv4_port\tv6_ip\tv6_port";

    private final OutputFormat format;

    public ResultLineFormatter(OutputFormat format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    public OutputFormat format() {
        return format;
    }

    /** Whether the format has a header line (CSV does, JSON does not). */
    public boolean hasHeader() {
        return format == OutputFormat.CSV;
    }

    /**
     * The CSV header line.
     *
     * @throws IllegalStateException in JSON format, which has no header
     */
    public String header() {
        if (!hasHeader()) {
            throw new IllegalStateException("JSON output has no header line");
        }
        return CSV_HEADER;
    }

    /** The line for one report; {@code queryText} is the query as given, without timing prefix. */
    public String format(MslookupReport report, String queryText) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(queryText, "queryText");
        boolean result = report.code() == ResultCode.RESULT;
        ServiceAddress v4 = result ? shown(report.v4()) : null;
        ServiceAddress v6 = result ? shown(report.v6()) : null;
        return format == OutputFormat.CSV
                ? csv(report, queryText, result, v4, v6)
                : json(report, queryText, v4, v6);
    }

    /** The line for a query argument that could not be parsed. */
    public String error(String queryText) {
        Objects.requireNonNull(queryText, "queryText");
        return format == OutputFormat.CSV
                ? queryText + "\tERROR\t\t\t\t\t\t"
                : "{\"query\": " + jsonString(queryText) + ", \"result\": \"ERROR\"}";
    }

    private static String csv(MslookupReport report, String queryText, boolean result, ServiceAddress v4,
                              ServiceAddress v6) {
        StringBuilder line = new StringBuilder(96).append(queryText)
                .append('\t').append(report.code().word())
                .append('\t').append(report.last() ? "last" : "not-last")
                .append('\t').append(report.ageSeconds());
        if (result) {
            csvAddress(line, v4);
            csvAddress(line, v6);
        } else {
            line.append("\t\t\t\t\t"); // one field more than the header, as osmo prints it
        }
        return line.toString();
    }

    private static void csvAddress(StringBuilder line, ServiceAddress address) {
        if (address == null) {
            line.append("\t\t");
        } else {
            line.append('\t').append(IpAddressText.format(address.ip())).append('\t').append(address.port());
        }
    }

    private static String json(MslookupReport report, String queryText, ServiceAddress v4, ServiceAddress v6) {
        StringBuilder line = new StringBuilder(128)
                .append("{\"query\": ").append(jsonString(queryText))
                .append(", \"result\": \"").append(report.code().word()).append('"')
                .append(", \"last\": ").append(report.last())
                .append(", \"age\": ").append(report.ageSeconds());
        jsonAddress(line, "v4", v4);
        jsonAddress(line, "v6", v6);
        return line.append('}').toString();
    }

    private static void jsonAddress(StringBuilder line, String key, ServiceAddress address) {
        if (address != null) {
            line.append(", \"").append(key).append("\": [\"").append(IpAddressText.format(address.ip()))
                    .append("\", \"").append(address.port()).append("\"]");
        }
    }

    private static ServiceAddress shown(ServiceAddress address) {
        if (address == null) {
            return null;
        }
        for (byte b : address.ip().getAddress()) {
            if (b != 0) {
                return address;
            }
        }
        return null;
    }

    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
