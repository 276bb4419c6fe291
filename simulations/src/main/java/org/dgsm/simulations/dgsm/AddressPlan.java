package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.mslookup.MslookupServiceSettings;
import org.dgsm.hlr.mslookup.ServiceAddresses;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

/**
 * The virtual addresses of the villages: village i's node is 10.(i/256).(i%256).1, with SIP on 5060, SMPP on
 * 2775 and GSUP on 4222. They exist only inside mslookup answers; the simulator maps an answer back to the village.
 */
final class AddressPlan {

    static final int SIP_PORT = 5060;
    static final int SMPP_PORT = 2775;
    static final int GSUP_PORT = 4222;

    private AddressPlan() {
    }

    static Inet4Address address(int village) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {10, (byte) (village >> 8), (byte) village, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an address", e);
        }
    }

    /** The village an answer points at (its IPv4 address), or -1 for an address outside the plan. */
    static int villageOf(MslookupResult result) {
        if (result == null || result.v4() == null) {
            return -1;
        }
        byte[] b = result.v4().ip().getAddress();
        if (b[0] != 10 || b[3] != 1) {
            return -1;
        }
        return ((b[1] & 0xff) << 8) | (b[2] & 0xff);
    }

    /** The village of an address text such as {@code 10.0.3.1}, or -1 for an address outside the plan. */
    static int villageOf(String ip) {
        String[] parts = ip.split("\\.");
        if (parts.length != 4 || !parts[0].equals("10") || !parts[3].equals("1")) {
            return -1;
        }
        try {
            int high = Integer.parseInt(parts[1]);
            int low = Integer.parseInt(parts[2]);
            return high < 0 || high > 255 || low < 0 || low > 255 ? -1 : (high << 8) | low;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** What village {@code village}'s HLR announces: sip.voice, smpp.sms and gsup.hlr at its own address. */
    static MslookupServiceSettings serviceSettings(int village) {
        Inet4Address ip = address(village);
        return new MslookupServiceSettings(
                Map.of("sip.voice", new ServiceAddresses(new ServiceAddress(ip, SIP_PORT), null),
                        "smpp.sms", new ServiceAddresses(new ServiceAddress(ip, SMPP_PORT), null)),
                Map.of(),
                new ServiceAddresses(new ServiceAddress(ip, GSUP_PORT), null),
                Duration.ofSeconds(3600));
    }
}
