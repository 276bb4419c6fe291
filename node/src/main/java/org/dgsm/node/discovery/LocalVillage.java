package org.dgsm.node.discovery;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What this village announces about itself over DNS-SD.
 *
 * @param name     the village name, also the DNS-SD instance name (see {@link VillageNames})
 * @param version  the software version, 1 to 64 printable ASCII characters
 * @param services the address per mslookup service name ({@code sip.voice}, {@code smpp.sms}, {@code gsup.hlr}, ...);
 *                 kept sorted by name
 * @param httpPort the port of this village's HTTP server (status page, lookup API), announced in the SRV record
 * @throws IllegalArgumentException from the constructor when a field breaks the rules of {@link AnnouncementTxt}
 */
public record LocalVillage(String name, String version, Map<String, ServiceAddress> services, int httpPort) {

    public LocalVillage {
        VillageNames.require(name);
        Objects.requireNonNull(version, "version");
        String versionProblem = AnnouncementTxt.versionProblem(version);
        if (versionProblem != null) {
            throw new IllegalArgumentException(versionProblem);
        }
        if (services.size() > AnnouncementTxt.MAX_SERVICES) {
            throw new IllegalArgumentException("at most " + AnnouncementTxt.MAX_SERVICES + " services can be announced, got "
                    + services.size());
        }
        for (String service : services.keySet()) {
            String problem = AnnouncementTxt.serviceNameProblem(service);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 1..65535, got " + httpPort);
        }
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
    }
}
