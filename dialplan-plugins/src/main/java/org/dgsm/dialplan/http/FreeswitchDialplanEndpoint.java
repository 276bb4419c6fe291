package org.dgsm.dialplan.http;

import org.dgsm.dialplan.lookup.SubscriberLocation;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.mslookup.wire.IpAddressText;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The mod_xml_curl dialplan endpoint. For {@code section=dialplan} in a routed context it looks up
 * {@code sip.voice.<destination>.msisdn} and answers with one extension that
 * <ul>
 *   <li>bridges to {@code sofia/<profile>/sip:<msisdn>@<address found>} (another village),</li>
 *   <li>transfers to the local context when the address found is this village's own SIP address,</li>
 *   <li>hangs up with {@code UNALLOCATED_NUMBER} when no village knows the number,
 *       {@code TEMPORARY_FAILURE} when the lookup failed, {@code INVALID_NUMBER_FORMAT} for a non-MSISDN.</li>
 * </ul>
 * Everything else (other sections, other contexts, no destination) gets the "not found" document, so FreeSWITCH
 * falls back to its static XML.
 */
final class FreeswitchDialplanEndpoint {

    static final String PATH = "/freeswitch/dialplan";

    private static final Logger LOG = LoggerFactory.getLogger(FreeswitchDialplanEndpoint.class);
    private static final Pattern MSISDN = Pattern.compile("[0-9]{1,15}");
    /** Text a FreeSWITCH log action may show; no '$' or braces, so nothing is expanded as a variable. */
    private static final Pattern UNSAFE_LOG_TEXT = Pattern.compile("[^A-Za-z0-9 .,:;()\\[\\]/_@+=-]");
    private static final int MAX_LOG_TEXT = 200;

    private final SubscriberLocator locator;
    private final DialplanSettings settings;

    FreeswitchDialplanEndpoint(SubscriberLocator locator, DialplanSettings settings) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    CompletableFuture<HttpAnswer> handle(Map<String, String> fields) {
        if (!"dialplan".equals(fields.get("section"))) {
            return notFound("section " + fields.get("section"));
        }
        String context = firstPresent(fields, "Hunt-Context", "Caller-Context");
        if (context == null || !settings.routedContexts().contains(context)) {
            return notFound("context " + context);
        }
        String destination = firstPresent(fields, "Hunt-Destination-Number", "Caller-Destination-Number",
                "destination_number");
        if (destination == null) {
            return notFound("no destination number");
        }
        if (!MSISDN.matcher(destination).matches()) {
            return CompletableFuture.completedFuture(HttpAnswer.xml(FreeswitchDocuments.extension(context,
                    "dgsm-invalid-number", null, new String[][] {
                            {"log", "NOTICE dgsm: not an MSISDN: " + logText(destination)},
                            {"hangup", HangupCause.INVALID_NUMBER_FORMAT.name()}})));
        }
        return locator.locate(DialplanSettings.SIP_VOICE, destination)
                .thenApply(location -> HttpAnswer.xml(document(context, destination, location)));
    }

    private String document(String context, String msisdn, SubscriberLocation location) {
        if (location instanceof SubscriberLocation.Found found) {
            if (found.address().equals(settings.localSipAddress())) {
                return FreeswitchDocuments.extension(context, "dgsm-local", msisdn, new String[][] {
                        {"log", "INFO dgsm: " + msisdn + " is attached here (age " + found.ageSeconds() + " s)"},
                        {"transfer", msisdn + " XML " + settings.localContext()}});
            }
            String where = found.village() == null ? "" : "in village " + logText(found.village()) + " ";
            return FreeswitchDocuments.extension(context, "dgsm-remote", msisdn, new String[][] {
                    {"log", "INFO dgsm: " + msisdn + " is " + where + "at " + found.address()
                            + " (age " + found.ageSeconds() + " s)"},
                    {"set", "hangup_after_bridge=true"},
                    {"set", "ringback=%(2000,4000,440,480)"},
                    {"bridge", dialString(msisdn, found.address())},
                    {"hangup", "${originate_disposition}"}});
        }
        if (location instanceof SubscriberLocation.LookupFailed failed) {
            return FreeswitchDocuments.extension(context, "dgsm-lookup-failed", msisdn, new String[][] {
                    {"log", "WARNING dgsm: lookup of " + msisdn + " failed: " + logText(failed.reason())},
                    {"hangup", HangupCause.TEMPORARY_FAILURE.name()}});
        }
        return FreeswitchDocuments.extension(context, "dgsm-unallocated", msisdn, new String[][] {
                {"log", "NOTICE dgsm: no village knows " + msisdn},
                {"hangup", HangupCause.UNALLOCATED_NUMBER.name()}});
    }

    private String dialString(String msisdn, ServiceAddress address) {
        String host = IpAddressText.format(address.ip());
        if (!address.isIpv4()) {
            host = "[" + host + "]";
        }
        return "sofia/" + settings.sofiaProfile() + "/sip:" + msisdn + "@" + host + ":" + address.port();
    }

    private static CompletableFuture<HttpAnswer> notFound(String why) {
        LOG.debug("xml_curl request not served ({}): answering 'not found'", why);
        return CompletableFuture.completedFuture(HttpAnswer.xml(FreeswitchDocuments.notFound()));
    }

    private static String firstPresent(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    static String logText(String text) {
        String shortened = text.length() > MAX_LOG_TEXT ? text.substring(0, MAX_LOG_TEXT) + "..." : text;
        return UNSAFE_LOG_TEXT.matcher(shortened).replaceAll("_");
    }
}
