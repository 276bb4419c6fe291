package org.dgsm.node.site;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Everything {@code dgsm site init} puts into a village's configs besides its name. Every value has a default for
 * one box on its own (all on 127.0.0.1); a village in a mesh sets at least {@link #meshIp} and {@link
 * #mslookupInterface}. The templates in {@code site-configs/templates/} show where each value goes (README there).
 *
 * @param database             subscriber database path written to village.yaml (default {@code /var/lib/dgsm/hlr.db})
 * @param stateDirectory       folder for the programs' state: osmo-msc's SMS database, working folders (default
 *                             {@code /var/lib/dgsm})
 * @param gsupIp               the node's GSUP address, which osmo-msc and osmo-sgsn connect to (default 127.0.0.1)
 * @param gsupPort             its port (default 4222)
 * @param httpBind             the node's HTTP API, {@code IP:PORT} (default 127.0.0.1:8042)
 * @param mslookupGroup        mslookup multicast group, {@code IP:PORT} (default 239.192.23.42:4266)
 * @param mslookupInterface    the interface mslookup uses (default {@code lo})
 * @param mslookupTtl          multicast TTL, 1 to 255 (default 1)
 * @param mslookupDomainSuffix mslookup domain suffix (default {@code mdns.osmocom.org})
 * @param meshIp               the village's address the other villages reach: osmo-sip-connector and the PBX listen
 *                             here, announced as {@code sip.voice} (default 127.0.0.1)
 * @param sipConnectorPort     osmo-sip-connector's SIP port, {@code sip local} (default 5069)
 * @param pbxPort              the PBX's SIP port, osmo-sip-connector's {@code sip remote} (default 5060)
 * @param mcc                  mobile country code, 3 digits (default 901, test network)
 * @param mnc                  mobile network code, 2 or 3 digits (default 70)
 * @param mscIp                osmo-msc's VTY, CTRL, SMPP and signalling address (default 127.0.0.1)
 * @param sgsnIp               osmo-sgsn's VTY, CTRL, Gb (NS over UDP) and GTP address (default 127.0.0.1)
 * @param sgsnNsPort           osmo-sgsn's NS/UDP port (default 23000)
 * @param ggsnIp               the GGSN osmo-sgsn uses (default 127.0.0.2)
 * @param stpIp                osmo-stp's address (default 127.0.0.1)
 * @param signalling           SCCP transport between osmo-msc/osmo-bsc and osmo-stp (default IPA, which needs no
 *                             SCTP)
 * @param stpPort              osmo-stp's listening port (default: 5000 for IPA, 2905 for M3UA)
 * @param stpPointCode         osmo-stp's point code (default 0.23.3)
 * @param mscPointCode         osmo-msc's point code (default 0.23.1)
 * @param mgwIp                osmo-mgw's MGCP address (default 127.0.0.1)
 * @param mgwPort              its port (default 2427)
 * @param smppPort             osmo-msc's SMPP port (default 2775)
 * @param smppSystemId         system id of the SMPP account for the node's SMS handler (default {@code dgsm})
 * @param smppPassword         its password, at most 8 characters (default: 8 random letters and digits)
 * @param mnccSocket           osmo-msc ↔ osmo-sip-connector MNCC socket (default {@code /run/dgsm/msc_mncc})
 * @param kamailioRouterConfig path of {@code site-configs/kamailio/dgsm-village.cfg} as installed (default {@code
 *                             /usr/share/dgsm/site-configs/kamailio/dgsm-village.cfg})
 * @param templates            folder with the templates, or null to use {@link SiteTemplates#locate()}
 * @param overwrite            replace files that exist (default: refuse)
 */
public record SiteOptions(String database, String stateDirectory, String gsupIp, int gsupPort, String httpBind,
                          String mslookupGroup, String mslookupInterface, int mslookupTtl,
                          String mslookupDomainSuffix, String meshIp, int sipConnectorPort, int pbxPort, String mcc,
                          String mnc, String mscIp, String sgsnIp, int sgsnNsPort, String ggsnIp, String stpIp,
                          Signalling signalling, int stpPort, String stpPointCode, String mscPointCode, String mgwIp,
                          int mgwPort, int smppPort, String smppSystemId, String smppPassword, String mnccSocket,
                          String kamailioRouterConfig, Path templates, boolean overwrite) {

    public SiteOptions {
        requireToken("database", database);
        requireToken("stateDirectory", stateDirectory);
        requireIpv4("gsupIp", gsupIp);
        requirePort("gsupPort", gsupPort);
        requireIpPort("httpBind", httpBind);
        requireIpPort("mslookupGroup", mslookupGroup);
        requireToken("mslookupInterface", mslookupInterface);
        if (mslookupTtl < 1 || mslookupTtl > 255) {
            throw new IllegalArgumentException("mslookupTtl must be 1 to 255, got " + mslookupTtl);
        }
        requireToken("mslookupDomainSuffix", mslookupDomainSuffix);
        requireIpv4("meshIp", meshIp);
        requirePort("sipConnectorPort", sipConnectorPort);
        requirePort("pbxPort", pbxPort);
        requireDigits("mcc", mcc, 3, 3);
        requireDigits("mnc", mnc, 2, 3);
        requireIpv4("mscIp", mscIp);
        requireIpv4("sgsnIp", sgsnIp);
        requirePort("sgsnNsPort", sgsnNsPort);
        requireIpv4("ggsnIp", ggsnIp);
        requireIpv4("stpIp", stpIp);
        Objects.requireNonNull(signalling, "signalling");
        requirePort("stpPort", stpPort);
        requirePointCode("stpPointCode", stpPointCode);
        requirePointCode("mscPointCode", mscPointCode);
        requireIpv4("mgwIp", mgwIp);
        requirePort("mgwPort", mgwPort);
        requirePort("smppPort", smppPort);
        requireToken("smppSystemId", smppSystemId);
        if (smppSystemId.length() > 15) {
            throw new IllegalArgumentException("smppSystemId has at most 15 characters (SMPP), got " + smppSystemId);
        }
        requireToken("smppPassword", smppPassword);
        if (smppPassword.length() > 8) {
            throw new IllegalArgumentException("smppPassword has at most 8 characters (SMPP)");
        }
        requireToken("mnccSocket", mnccSocket);
        requireToken("kamailioRouterConfig", kamailioRouterConfig);
        if (kamailioRouterConfig.indexOf('"') >= 0) {
            throw new IllegalArgumentException("kamailioRouterConfig must not contain '\"'");
        }
    }

    /** The defaults (see the component descriptions), with a fresh random SMPP password. */
    public static SiteOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private static final String LETTERS_AND_DIGITS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        private String database = "/var/lib/dgsm/hlr.db";
        private String stateDirectory = "/var/lib/dgsm";
        private String gsupIp = "127.0.0.1";
        private int gsupPort = 4222;
        private String httpBind = "127.0.0.1:8042";
        private String mslookupGroup = "239.192.23.42:4266";
        private String mslookupInterface = "lo";
        private int mslookupTtl = 1;
        private String mslookupDomainSuffix = "mdns.osmocom.org";
        private String meshIp = "127.0.0.1";
        private int sipConnectorPort = 5069;
        private int pbxPort = 5060;
        private String mcc = "901";
        private String mnc = "70";
        private String mscIp = "127.0.0.1";
        private String sgsnIp = "127.0.0.1";
        private int sgsnNsPort = 23000;
        private String ggsnIp = "127.0.0.2";
        private String stpIp = "127.0.0.1";
        private Signalling signalling = Signalling.IPA;
        private Integer stpPort;
        private String stpPointCode = "0.23.3";
        private String mscPointCode = "0.23.1";
        private String mgwIp = "127.0.0.1";
        private int mgwPort = 2427;
        private int smppPort = 2775;
        private String smppSystemId = "dgsm";
        private String smppPassword;
        private String mnccSocket = "/run/dgsm/msc_mncc";
        private String kamailioRouterConfig = "/usr/share/dgsm/site-configs/kamailio/dgsm-village.cfg";
        private Path templates;
        private boolean overwrite;

        private Builder() {
        }

        private Builder(SiteOptions o) {
            database = o.database;
            stateDirectory = o.stateDirectory;
            gsupIp = o.gsupIp;
            gsupPort = o.gsupPort;
            httpBind = o.httpBind;
            mslookupGroup = o.mslookupGroup;
            mslookupInterface = o.mslookupInterface;
            mslookupTtl = o.mslookupTtl;
            mslookupDomainSuffix = o.mslookupDomainSuffix;
            meshIp = o.meshIp;
            sipConnectorPort = o.sipConnectorPort;
            pbxPort = o.pbxPort;
            mcc = o.mcc;
            mnc = o.mnc;
            mscIp = o.mscIp;
            sgsnIp = o.sgsnIp;
            sgsnNsPort = o.sgsnNsPort;
            ggsnIp = o.ggsnIp;
            stpIp = o.stpIp;
            signalling = o.signalling;
            stpPort = o.stpPort;
            stpPointCode = o.stpPointCode;
            mscPointCode = o.mscPointCode;
            mgwIp = o.mgwIp;
            mgwPort = o.mgwPort;
            smppPort = o.smppPort;
            smppSystemId = o.smppSystemId;
            smppPassword = o.smppPassword;
            mnccSocket = o.mnccSocket;
            kamailioRouterConfig = o.kamailioRouterConfig;
            templates = o.templates;
            overwrite = o.overwrite;
        }

        public Builder database(String v) { database = v; return this; }
        public Builder stateDirectory(String v) { stateDirectory = v; return this; }
        public Builder gsupIp(String v) { gsupIp = v; return this; }
        public Builder gsupPort(int v) { gsupPort = v; return this; }
        public Builder httpBind(String v) { httpBind = v; return this; }
        public Builder mslookupGroup(String v) { mslookupGroup = v; return this; }
        public Builder mslookupInterface(String v) { mslookupInterface = v; return this; }
        public Builder mslookupTtl(int v) { mslookupTtl = v; return this; }
        public Builder mslookupDomainSuffix(String v) { mslookupDomainSuffix = v; return this; }
        public Builder meshIp(String v) { meshIp = v; return this; }
        public Builder sipConnectorPort(int v) { sipConnectorPort = v; return this; }
        public Builder pbxPort(int v) { pbxPort = v; return this; }
        public Builder mcc(String v) { mcc = v; return this; }
        public Builder mnc(String v) { mnc = v; return this; }
        public Builder mscIp(String v) { mscIp = v; return this; }
        public Builder sgsnIp(String v) { sgsnIp = v; return this; }
        public Builder sgsnNsPort(int v) { sgsnNsPort = v; return this; }
        public Builder ggsnIp(String v) { ggsnIp = v; return this; }
        public Builder stpIp(String v) { stpIp = v; return this; }
        /** Also sets the STP port to the transport's default unless {@link #stpPort} is given. */
        public Builder signalling(Signalling v) { signalling = v; return this; }
        public Builder stpPort(int v) { stpPort = v; return this; }
        public Builder stpPointCode(String v) { stpPointCode = v; return this; }
        public Builder mscPointCode(String v) { mscPointCode = v; return this; }
        public Builder mgwIp(String v) { mgwIp = v; return this; }
        public Builder mgwPort(int v) { mgwPort = v; return this; }
        public Builder smppPort(int v) { smppPort = v; return this; }
        public Builder smppSystemId(String v) { smppSystemId = v; return this; }
        public Builder smppPassword(String v) { smppPassword = v; return this; }
        public Builder mnccSocket(String v) { mnccSocket = v; return this; }
        public Builder kamailioRouterConfig(String v) { kamailioRouterConfig = v; return this; }
        public Builder templates(Path v) { templates = v; return this; }
        public Builder overwrite(boolean v) { overwrite = v; return this; }

        /** @throws IllegalArgumentException naming the first value that is not acceptable */
        public SiteOptions build() {
            return new SiteOptions(database, stateDirectory, gsupIp, gsupPort, httpBind, mslookupGroup,
                    mslookupInterface, mslookupTtl, mslookupDomainSuffix, meshIp, sipConnectorPort, pbxPort, mcc, mnc,
                    mscIp, sgsnIp, sgsnNsPort, ggsnIp, stpIp, signalling,
                    stpPort != null ? stpPort : signalling.defaultPort(), stpPointCode, mscPointCode, mgwIp, mgwPort,
                    smppPort, smppSystemId, smppPassword != null ? smppPassword : randomPassword(), mnccSocket,
                    kamailioRouterConfig, templates, overwrite);
        }

        private static String randomPassword() {
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                password.append(LETTERS_AND_DIGITS.charAt(random.nextInt(LETTERS_AND_DIGITS.length())));
            }
            return password.toString();
        }
    }

    /** A value that lands in a config file as one word: no white space, quotes or control characters. */
    private static void requireToken(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\'' || c == '$' || c == '<' || c == '>' || c == '&') {
                throw new IllegalArgumentException(what + " must be one word without white space, quotes, '$', '<',"
                        + " '>' or '&', got '" + value.replaceAll("\\p{Cntrl}", "?") + "'");
            }
        }
    }

    private static void requireIpv4(String what, String value) {
        requireToken(what, value);
        if (!value.matches("(\\d{1,3}\\.){3}\\d{1,3}") || !parsesAsAddress(value)) {
            throw new IllegalArgumentException(what + " must be an IPv4 address A.B.C.D, got '" + value + "'");
        }
    }

    private static void requireIpPort(String what, String value) {
        requireToken(what, value);
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(what + " must be IP:PORT, got '" + value + "'");
        }
        requireIpv4(what, value.substring(0, colon));
        try {
            requirePort(what, Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be IP:PORT, got '" + value + "'");
        }
    }

    private static void requirePort(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " must be 1 to 65535, got " + port);
        }
    }

    private static void requireDigits(String what, String value, int min, int max) {
        Objects.requireNonNull(value, what);
        if (!value.matches("\\d{" + min + "," + max + "}")) {
            throw new IllegalArgumentException(what + " must be " + (min == max ? min : min + " or " + max)
                    + " digits, got '" + value + "'");
        }
    }

    private static void requirePointCode(String what, String value) {
        Objects.requireNonNull(value, what);
        if (!value.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
            throw new IllegalArgumentException(what + " must be a point code like 0.23.1, got '" + value + "'");
        }
    }

    private static boolean parsesAsAddress(String ip) {
        for (String part : ip.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        try {
            InetAddress.getByName(ip);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
