package org.dgsm.node.mslookup;

import org.dgsm.hlr.mslookup.MslookupServiceSettings;
import org.dgsm.hlr.mslookup.ServiceAddresses;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.node.NodeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** What this village announces over mslookup, from its settings. */
public final class VillageAnswers {

    private static final Logger log = LoggerFactory.getLogger(VillageAnswers.class);

    private VillageAnswers() {
    }

    public static MslookupServiceSettings from(NodeSettings settings) {
        Map<String, ServiceAddresses> global = new LinkedHashMap<>();
        settings.services().forEach((name, address) -> global.put(name, ServiceAddresses.of(address)));
        Map<String, Map<String, ServiceAddresses>> perMsc = new LinkedHashMap<>();
        settings.mscServices().forEach((msc, services) -> {
            Map<String, ServiceAddresses> block = new LinkedHashMap<>();
            services.forEach((name, address) -> block.put(name, ServiceAddresses.of(address)));
            perMsc.put(msc, block);
        });
        ServiceAddresses gsupHlr = null;
        if (!settings.gsupBind().getAddress().isAnyLocalAddress()) {
            gsupHlr = ServiceAddresses.of(new ServiceAddress(settings.gsupBind().getAddress(), settings.gsupBind().getPort()));
        } else if (!global.containsKey(MslookupServiceSettings.GSUP_HLR_SERVICE)) {
            log.warn("GSUP is bound to {} and no service gsup.hlr is configured: other villages cannot find this HLR"
                    + " (their visitors from here cannot roam); set services: gsup.hlr: IP:PORT",
                    settings.gsupBind().getAddress().getHostAddress());
        }
        return new MslookupServiceSettings(global, perMsc, gsupHlr, MslookupServiceSettings.DEFAULT_VALIDITY);
    }
}
