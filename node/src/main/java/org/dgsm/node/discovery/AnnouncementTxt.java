package org.dgsm.node.discovery;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The TXT record of a village's DNS-SD service ({@code _dgsm._udp}), one {@code key=value} string per entry:
 * <pre>
 * txtvers=1                  layout version, first as RFC 6763 §6.7 recommends
 * v=0.1.0                    software version
 * hb=42                      heartbeat number, changes on every heartbeat (see {@link PeerDiscovery})
 * sip.voice=10.9.1.2:5060    one entry per service: key = mslookup service name, value = IP:PORT or [IPv6]:PORT
 * </pre>
 * Keys compare case-insensitively (RFC 6763 §6.4). Keys without a dot other than these are ignored, so a later
 * version may add some; a different {@code txtvers} is refused.
 */
public final class AnnouncementTxt {

    public static final String TXTVERS = "txtvers";
    public static final String VERSION = "v";
    public static final String HEARTBEAT = "hb";
    public static final String LAYOUT_VERSION = "1";

    public static final int MAX_SERVICES = 16;
    static final int MAX_ENTRIES = 32;
    static final int MAX_ADDRESSES = 8;
    static final int MAX_VERSION_LENGTH = 64;
    static final int MAX_SERVICE_NAME_LENGTH = 32;

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private AnnouncementTxt() {
    }

    /** The TXT entries for this village at heartbeat {@code heartbeat}, {@code txtvers} first. */
    public static Map<String, String> encode(LocalVillage village, long heartbeat) {
        Map<String, String> txt = new LinkedHashMap<>();
        txt.put(TXTVERS, LAYOUT_VERSION);
        txt.put(VERSION, village.version());
        txt.put(HEARTBEAT, Long.toString(heartbeat));
        village.services().forEach((service, address) -> txt.put(service, address.toString()));
        return txt;
    }

    /**
     * Reads another village's announcement.
     *
     * @param instanceName the DNS-SD instance name, which is the village name
     * @param txt          the TXT entries as the mDNS library parsed them; a {@code null} value is a key without {@code =}
     * @param addresses    the host addresses resolved with the service; more than {@value #MAX_ADDRESSES} are cut
     * @param port         the SRV port
     * @throws MalformedAnnouncementException for anything outside the layout above; never anything else
     */
    public static PeerSighting decode(String instanceName, Map<String, byte[]> txt, List<InetAddress> addresses, int port)
            throws MalformedAnnouncementException {
        String nameProblem = VillageNames.problem(instanceName);
        if (nameProblem != null) {
            throw new MalformedAnnouncementException(nameProblem);
        }
        if (txt.size() > MAX_ENTRIES) {
            throw new MalformedAnnouncementException("TXT has " + txt.size() + " entries, at most " + MAX_ENTRIES + " allowed");
        }
        if (port < 1 || port > 65535) {
            throw new MalformedAnnouncementException("SRV port " + port + " out of range 1..65535");
        }
        String layout = null;
        String version = null;
        Map<String, ServiceAddress> services = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, byte[]> entry : txt.entrySet()) {
            if (entry.getKey() == null) {
                throw new MalformedAnnouncementException("TXT entry without a key");
            }
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                throw new MalformedAnnouncementException("TXT key '" + Printable.of(key) + "' appears twice");
            }
            if (key.equals(TXTVERS)) {
                layout = asciiValue(key, entry.getValue());
            } else if (key.equals(VERSION)) {
                version = asciiValue(key, entry.getValue());
            } else if (key.indexOf('.') >= 0) {
                String problem = serviceNameProblem(key);
                if (problem != null) {
                    throw new MalformedAnnouncementException(problem);
                }
                if (services.size() == MAX_SERVICES) {
                    throw new MalformedAnnouncementException("more than " + MAX_SERVICES + " services announced");
                }
                services.put(key, serviceAddress(key, entry.getValue()));
            }
        }
        if (layout == null) {
            throw new MalformedAnnouncementException("TXT has no " + TXTVERS);
        }
        if (!layout.equals(LAYOUT_VERSION)) {
            throw new MalformedAnnouncementException("unsupported " + TXTVERS + " '" + Printable.of(layout) + "'");
        }
        if (version == null) {
            throw new MalformedAnnouncementException("TXT has no " + VERSION + " (software version)");
        }
        String versionProblem = versionProblem(version);
        if (versionProblem != null) {
            throw new MalformedAnnouncementException(versionProblem);
        }
        List<InetAddress> kept = new ArrayList<>(Math.min(addresses.size(), MAX_ADDRESSES));
        for (InetAddress address : addresses) {
            if (kept.size() == MAX_ADDRESSES) {
                break;
            }
            if (address != null && !kept.contains(address)) {
                kept.add(address);
            }
        }
        return new PeerSighting(instanceName, version, services, kept, port);
    }

    /** Why {@code version} cannot be announced, or {@code null}. */
    static String versionProblem(String version) {
        if (version.isEmpty() || version.length() > MAX_VERSION_LENGTH) {
            return "version must be 1 to " + MAX_VERSION_LENGTH + " characters, got " + version.length();
        }
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return "version must be printable ASCII: '" + Printable.of(version) + "'";
            }
        }
        return null;
    }

    /** Why {@code name} is not a service name such as {@code sip.voice}, or {@code null}. */
    static String serviceNameProblem(String name) {
        if (name.length() > MAX_SERVICE_NAME_LENGTH || !SERVICE_NAME.matcher(name).matches()) {
            return "service name must be dot-separated lower-case labels of letters, digits and '-', at most "
                    + MAX_SERVICE_NAME_LENGTH + " characters: '" + Printable.of(name) + "'";
        }
        return null;
    }

    private static ServiceAddress serviceAddress(String key, byte[] value) throws MalformedAnnouncementException {
        try {
            return ServiceAddressText.parse(asciiValue(key, value));
        } catch (MalformedAnnouncementException e) {
            throw new MalformedAnnouncementException("service " + key + ": " + e.getMessage());
        }
    }

    private static String asciiValue(String key, byte[] value) throws MalformedAnnouncementException {
        if (value == null) {
            throw new MalformedAnnouncementException("TXT key '" + Printable.of(key) + "' has no value");
        }
        for (byte b : value) {
            if (b < 0x20 || b > 0x7e) {
                throw new MalformedAnnouncementException("TXT value of '" + Printable.of(key) + "' is not printable ASCII");
            }
        }
        return new String(value, StandardCharsets.US_ASCII);
    }
}
