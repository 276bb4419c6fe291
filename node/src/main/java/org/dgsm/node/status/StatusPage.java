package org.dgsm.node.status;

import org.dgsm.mslookup.wire.IpAddressText;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link StatusSnapshot} as one self-contained HTML page: no scripts, no external assets, styles inline,
 * readable on a phone, reloading itself every {@value #REFRESH_SECONDS} s. Every text that could come from the
 * network (village names, versions, IPA names) is escaped.
 */
public final class StatusPage {

    public static final int REFRESH_SECONDS = 5;
    public static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private static final String CSS = loadCss();

    private StatusPage() {
    }

    public static String render(StatusSnapshot s) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"refresh\" content=\"").append(REFRESH_SECONDS).append("\">\n")
                .append("<title>").append(e(s.village())).append(" \u00b7 dgsm status</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        header(h, s);
        tiles(h, s);
        villages(h, s);
        gsup(h, s);
        visitors(h, s);
        programs(h, s);
        sms(h, s);
        mslookup(h, s);
        h.append("<footer>Reloads every ").append(REFRESH_SECONDS).append(" s \u00b7 <a href=\"status.json\">JSON</a>")
                .append(" \u00b7 <a href=\"metrics\">Prometheus metrics</a></footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, StatusSnapshot s) {
        h.append("<header><h1>").append(e(s.village())).append("</h1>\n<p>dgsm-node ").append(e(s.version()))
                .append(" \u00b7 up ").append(TimeText.span(s.uptime()))
                .append(" \u00b7 ").append(TimeText.utc(s.takenAt())).append("</p></header>\n");
        if (!s.unavailable().isEmpty()) {
            h.append("<p class=\"warn\">Not available right now: ").append(e(String.join(", ", s.unavailable())))
                    .append(". Those parts show empty.</p>\n");
        }
    }

    private static void tiles(StringBuilder h, StatusSnapshot s) {
        long up = s.peersUp();
        long discovered = s.peers().stream().filter(p -> p.state() != PeerStatus.State.UNDISCOVERED).count();
        h.append("<section class=\"tiles\">\n");
        tile(h, up + "/" + discovered, "villages up", up < discovered);
        tile(h, Long.toString(s.gsupPeers().size()), "MSC/SGSN links", false);
        tile(h, Long.toString(s.attachedSubscribers()), "subscribers attached", false);
        tile(h, Long.toString(s.visitors().size()), "visitors", false);
        tile(h, Long.toString(s.smsQueue().queued()), "SMS waiting", false);
        tile(h, Long.toString(s.mslookup().queriesSeen()), "lookups seen", false);
        h.append("</section>\n");
    }

    private static void tile(StringBuilder h, String value, String label, boolean alert) {
        h.append("<div class=\"tile").append(alert ? " alert" : "").append("\"><b>").append(e(value))
                .append("</b><span>").append(e(label)).append("</span></div>\n");
    }

    private static void villages(StringBuilder h, StatusSnapshot s) {
        h.append("<section>\n<h2>Villages</h2>\n");
        if (s.peers().isEmpty()) {
            h.append("<p class=\"empty\">No other village heard of yet.</p>\n</section>\n");
            return;
        }
        h.append("<ul class=\"peers\">\n");
        for (PeerStatus p : s.peers()) {
            h.append("<li class=\"peer ").append(p.state().word()).append("\"><div class=\"name\">");
            String url = statusUrl(p);
            if (url != null) {
                h.append("<a href=\"").append(e(url)).append("\">").append(e(p.village())).append("</a>");
            } else {
                h.append(e(p.village()));
            }
            h.append("<span class=\"badge\">").append(p.state().word()).append("</span></div>\n");
            h.append("<div class=\"facts\">").append(e(String.join(" \u00b7 ", facts(p, s.takenAt())))).append("</div>\n");
            if (!p.services().isEmpty()) {
                h.append("<div class=\"services\">");
                for (Map.Entry<String, ServiceAddress> service : p.services().entrySet()) {
                    h.append("<span>").append(e(service.getKey())).append(' ').append(e(service.getValue().toString()))
                            .append("</span>");
                }
                h.append("</div>\n");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static List<String> facts(PeerStatus p, Instant now) {
        List<String> facts = new ArrayList<>();
        if (p.since() != null && p.state() != PeerStatus.State.UNDISCOVERED) {
            facts.add((p.up() ? "up for " : "down for ") + TimeText.coarse(nonNegative(Duration.between(p.since(), now))));
        }
        facts.add(p.lastSeen() == null ? "never heard" : "last heard " + TimeText.relative(p.lastSeen(), now));
        if (p.rtt() != null) {
            facts.add("RTT " + TimeText.rtt(p.rtt()));
        }
        if (!p.version().isEmpty()) {
            facts.add("v" + p.version());
        }
        if (!p.addresses().isEmpty()) {
            facts.add(IpAddressText.format(p.addresses().get(0)));
        }
        return facts;
    }

    /** The peer's own status page, when discovery told where its HTTP server is. */
    static String statusUrl(PeerStatus p) {
        if (p.addresses().isEmpty() || p.httpPort() == 0) {
            return null;
        }
        InetAddress address = p.addresses().get(0);
        String host = IpAddressText.format(address);
        return "http://" + (address instanceof Inet6Address ? "[" + host + "]" : host) + ":" + p.httpPort() + "/";
    }

    private static void gsup(StringBuilder h, StatusSnapshot s) {
        h.append("<section>\n<h2>Radio side <small>GSUP clients of this HLR</small></h2>\n");
        if (s.gsupPeers().isEmpty()) {
            h.append("<p class=\"empty\">No MSC or SGSN connected.</p>\n</section>\n");
            return;
        }
        h.append("<div class=\"scroll\"><table>\n<tr><th>IPA name</th><th>role</th><th>connected</th></tr>\n");
        for (GsupPeerStatus g : s.gsupPeers()) {
            h.append("<tr><td>").append(e(g.ipaName())).append("</td><td>").append(g.role()).append("</td><td>")
                    .append(e(TimeText.relative(g.connectedSince(), s.takenAt()))).append("</td></tr>\n");
        }
        h.append("</table></div>\n</section>\n");
    }

    private static void visitors(StringBuilder h, StatusSnapshot s) {
        h.append("<section>\n<h2>Visitors <small>subscribers from other villages attached here</small></h2>\n");
        if (s.visitors().isEmpty()) {
            h.append("<p class=\"empty\">No visitors.</p>\n</section>\n");
            return;
        }
        h.append("<div class=\"scroll\"><table>\n<tr><th>IMSI</th><th>MSISDN</th><th>home</th><th>since</th></tr>\n");
        for (Visitor v : s.visitors()) {
            h.append("<tr><td>").append(e(v.imsi())).append("</td><td>").append(e(v.msisdn())).append("</td><td>")
                    .append(e(v.home().isEmpty() ? "?" : v.home())).append("</td><td>")
                    .append(e(TimeText.relative(v.since(), s.takenAt()))).append("</td></tr>\n");
        }
        h.append("</table></div>\n</section>\n");
    }

    private static void programs(StringBuilder h, StatusSnapshot s) {
        if (s.programs().isEmpty()) {
            return;
        }
        h.append("<section>\n<h2>Programs</h2>\n<div class=\"scroll\"><table>\n")
                .append("<tr><th>program</th><th>state</th><th>started</th><th>restarts</th><th>last exit</th></tr>\n");
        for (SupervisedProgram p : s.programs()) {
            h.append("<tr><td>").append(e(p.name())).append("</td><td>").append(e(p.state().toLowerCase(java.util.Locale.ROOT)))
                    .append("</td><td>").append(e(p.since() == null ? "-" : TimeText.relative(p.since(), s.takenAt())))
                    .append("</td><td class=\"num\">").append(p.restarts()).append("</td><td class=\"num\">")
                    .append(p.lastExit() == null ? "-" : p.lastExit().toString()).append("</td></tr>\n");
        }
        h.append("</table></div>\n</section>\n");
    }

    private static void sms(StringBuilder h, StatusSnapshot s) {
        SmsQueueSummary q = s.smsQueue();
        h.append("<section>\n<h2>SMS queue</h2>\n");
        if (q.queued() == 0) {
            h.append("<p class=\"empty\">Nothing waiting.</p>\n</section>\n");
            return;
        }
        List<String> facts = new ArrayList<>();
        facts.add(q.queued() + (q.queued() == 1 ? " message waiting" : " messages waiting"));
        if (q.oldest() != null) {
            facts.add("oldest queued " + TimeText.relative(q.oldest(), s.takenAt()));
        }
        if (q.nextRetry() != null) {
            facts.add("next try " + TimeText.relative(q.nextRetry(), s.takenAt()));
        }
        h.append("<p class=\"facts\">").append(e(String.join(" \u00b7 ", facts))).append("</p>\n</section>\n");
    }

    private static void mslookup(StringBuilder h, StatusSnapshot s) {
        MslookupCounters m = s.mslookup();
        h.append("<section>\n<h2>mslookup <small>since start</small></h2>\n<div class=\"scroll\"><table>\n")
                .append("<tr><th>queries seen</th><th>answered</th><th>malformed</th></tr>\n")
                .append("<tr><td class=\"num\">").append(m.queriesSeen()).append("</td><td class=\"num\">")
                .append(m.answered()).append("</td><td class=\"num\">").append(m.malformed()).append("</td></tr>\n")
                .append("</table></div>\n</section>\n");
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }

    private static String loadCss() {
        try (InputStream in = StatusPage.class.getResourceAsStream("/status/status.css")) {
            if (in == null) {
                throw new IllegalStateException("resource /status/status.css missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
