package org.dgsm.node.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The {@code ${...}} values of the site templates, from the village's name and {@link SiteOptions}. */
final class SiteVariables {

    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}";

    private SiteVariables() {
    }

    /** @throws IllegalArgumentException if the name is not a village name */
    static String requireSiteName(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("village name must be letters, digits, '.', '_' and '-', starting with a"
                    + " letter or digit, at most 63 characters; got '" + name.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return name;
    }

    static Map<String, String> of(String name, SiteOptions o) {
        requireSiteName(name);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("site", name);
        v.put("network_name", name);
        v.put("database", o.database());
        v.put("state_dir", o.stateDirectory());
        v.put("gsup_ip", o.gsupIp());
        v.put("gsup_port", Integer.toString(o.gsupPort()));
        v.put("http_bind", o.httpBind());
        v.put("mslookup_group", o.mslookupGroup());
        v.put("mslookup_interface", o.mslookupInterface());
        v.put("mslookup_ttl", Integer.toString(o.mslookupTtl()));
        v.put("mslookup_domain_suffix", o.mslookupDomainSuffix());
        v.put("mesh_ip", o.meshIp());
        v.put("sip_connector_port", Integer.toString(o.sipConnectorPort()));
        v.put("pbx_port", Integer.toString(o.pbxPort()));
        v.put("mcc", o.mcc());
        v.put("mnc", o.mnc());
        v.put("msc_ip", o.mscIp());
        v.put("msc_ipa_name", "msc-" + name);
        v.put("msc_point_code", o.mscPointCode());
        v.put("msc_routing_context", Integer.toString(o.signalling().routingContext()));
        v.put("sgsn_ip", o.sgsnIp());
        v.put("sgsn_ns_port", Integer.toString(o.sgsnNsPort()));
        v.put("sgsn_ipa_name", "sgsn-" + name);
        v.put("ggsn_ip", o.ggsnIp());
        v.put("stp_ip", o.stpIp());
        v.put("stp_port", Integer.toString(o.stpPort()));
        v.put("stp_point_code", o.stpPointCode());
        v.put("sigtran_protocol", o.signalling().protocol());
        v.put("mgw_ip", o.mgwIp());
        v.put("mgw_port", Integer.toString(o.mgwPort()));
        v.put("smpp_port", Integer.toString(o.smppPort()));
        v.put("smpp_system_id", o.smppSystemId());
        v.put("smpp_password", o.smppPassword());
        v.put("mncc_socket", o.mnccSocket());
        v.put("kamailio_router_cfg", o.kamailioRouterConfig());
        return v;
    }
}
