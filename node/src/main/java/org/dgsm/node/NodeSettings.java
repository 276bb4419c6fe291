package org.dgsm.node;

import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.mslookup.netty.MulticastConfig;
import org.dgsm.smpp.SmsSettings;
import org.dgsm.mslookup.signing.SigningSettings;
import org.dgsm.hlr.netty.PeerPolicy;
import org.dgsm.node.site.ProgramSpec;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one village node needs to start. Built from the command line and/or a village.yaml; every field is
 * already validated.
 *
 * @param services    the address this village announces per service name ({@code sip.voice}, {@code smpp.sms},
 *                    ...) for subscribers attached here; {@code gsup.hlr} defaults to the GSUP bind address
 * @param mscServices per local MSC (by IPA name): service addresses that replace the global ones for
 *                    subscribers attached at that MSC (as osmo-hlr's {@code msc ipa-name} blocks)
 * @param hlr         the HLR's own IPA name, reject causes and LU behaviour
 * @param discoveryEnabled announce this village and find the others by DNS-SD on the mesh interface
 * @param sms         the SMS handler (ESME towards the local SMSC, SMPP server for the other villages), or null
 *                    when this village forwards no SMS
 * @param ctrlBind    osmo-hlr's CTRL interface for provisioning scripts, or null for none (default: the GSUP
 *                    address, port 4259, as osmo-hlr)
 * @param programs    radio-side programs (osmo-stp, osmo-msc, ...) the node starts and restarts, in start order
 * @param signing     the mesh key(s) to sign our mslookup answers and check others', or null for unsigned
 * @param gsupPeers   which MSC/SGSNs and peer HLR proxies may connect over GSUP
 */
public record NodeSettings(String siteName,
                           Path database,
                           InetSocketAddress gsupBind,
                           MulticastConfig mslookup,
                           String domainSuffix,
                           InetSocketAddress httpBind,
                           Map<String, ServiceAddress> services,
                           Map<String, Map<String, ServiceAddress>> mscServices,
                           HlrSettings hlr,
                           boolean proxyEnabled,
                           boolean discoveryEnabled,
                           SmsSettings sms,
                           InetSocketAddress ctrlBind,
                           List<ProgramSpec> programs,
                           SigningSettings signing,
                           PeerPolicy gsupPeers) {

    public static final String DEFAULT_SITE = "village";
    public static final Path DEFAULT_DATABASE = Path.of("var", "hlr.db");
    public static final int DEFAULT_GSUP_PORT = 4222;
    public static final InetSocketAddress DEFAULT_GSUP_BIND = new InetSocketAddress("127.0.0.1", DEFAULT_GSUP_PORT);
    public static final int DEFAULT_CTRL_PORT = 4259;
    public static final InetSocketAddress DEFAULT_HTTP_BIND = new InetSocketAddress("127.0.0.1", 8042);

    public NodeSettings {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(gsupBind, "gsupBind");
        Objects.requireNonNull(mslookup, "mslookup");
        Objects.requireNonNull(domainSuffix, "domainSuffix");
        Objects.requireNonNull(httpBind, "httpBind");
        Objects.requireNonNull(hlr, "hlr");
        services = Map.copyOf(services);
        mscServices = Map.copyOf(mscServices);
        programs = List.copyOf(programs);
        Objects.requireNonNull(gsupPeers, "gsupPeers");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults of `dgsm run` without options; the config file and then the command line change them. */
    public static final class Builder {
        private String siteName = DEFAULT_SITE;
        private Path database = DEFAULT_DATABASE;
        private InetSocketAddress gsupBind = DEFAULT_GSUP_BIND;
        private MulticastConfig mslookup;
        private String domainSuffix = DomainSuffix.DEFAULT;
        private InetSocketAddress httpBind = DEFAULT_HTTP_BIND;
        private final Map<String, ServiceAddress> services = new LinkedHashMap<>();
        private final Map<String, Map<String, ServiceAddress>> mscServices = new LinkedHashMap<>();
        private HlrSettings hlr;
        private boolean proxyEnabled = true;
        private boolean discoveryEnabled = true;
        private SmsSettings sms;
        private InetSocketAddress ctrlBind;
        private boolean ctrlEnabled = true;
        private List<ProgramSpec> programs = List.of();
        private SigningSettings signing;
        private PeerPolicy gsupPeers = PeerPolicy.allowAll();

        public Builder siteName(String v) { siteName = v; return this; }
        public Builder database(Path v) { database = v; return this; }
        public Builder gsupBind(InetSocketAddress v) { gsupBind = v; return this; }
        public Builder mslookup(MulticastConfig v) { mslookup = v; return this; }
        public Builder domainSuffix(String v) { domainSuffix = DomainSuffix.requireValid(v); return this; }
        public Builder httpBind(InetSocketAddress v) { httpBind = v; return this; }
        public Builder proxyEnabled(boolean v) { proxyEnabled = v; return this; }
        public Builder discoveryEnabled(boolean v) { discoveryEnabled = v; return this; }
        public Builder sms(SmsSettings v) { sms = v; return this; }
        public Builder ctrlBind(InetSocketAddress v) { ctrlBind = v; return this; }
        public Builder ctrlEnabled(boolean v) { ctrlEnabled = v; return this; }
        public Builder programs(List<ProgramSpec> v) { programs = List.copyOf(v); return this; }
        public Builder signing(SigningSettings v) { signing = v; return this; }
        public Builder gsupPeers(PeerPolicy v) { gsupPeers = v; return this; }
        /** HLR behaviour; its IPA name defaults to {@code hlr-<site>} (unique names matter in a mesh). */
        public Builder hlr(HlrSettings v) { hlr = v; return this; }

        public Builder mscServices(String mscIpaName, Map<String, ServiceAddress> v) {
            mscServices.put(mscIpaName, Map.copyOf(v));
            return this;
        }

        /** Replaces the announced services. */
        public Builder services(Map<String, ServiceAddress> v) {
            services.clear();
            services.putAll(v);
            return this;
        }

        public MulticastConfig mslookupOrDefault() {
            return mslookup != null ? mslookup : MulticastConfig.defaults();
        }

        public NodeSettings build() {
            HlrSettings hlrSettings = hlr != null ? hlr : HlrSettings.defaults().withIpaName("hlr-" + siteName);
            return new NodeSettings(siteName, database, gsupBind, mslookupOrDefault(), domainSuffix, httpBind, services,
                    mscServices, hlrSettings, proxyEnabled, discoveryEnabled, sms,
                    !ctrlEnabled ? null : ctrlBind != null ? ctrlBind
                            : new InetSocketAddress(gsupBind.getAddress(), DEFAULT_CTRL_PORT), programs, signing, gsupPeers);
        }
    }
}
