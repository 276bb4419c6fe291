package org.dgsm.mslookup.signing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.dgsm.mslookup.wire.MslookupAnswer;
import org.dgsm.mslookup.wire.MslookupAnswerEncoder;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;

/** Keys, queries and answers shared by the signing tests. */
final class SigningFixtures {

    static final String SUFFIX = "mdns.osmocom.org";
    static final MeshKey KEY_A = MeshKey.fromHex("assembly-2026-03", "00112233445566778899aabbccddeeff"
            + "0102030405060708090a0b0c0d0e0f10");
    static final MeshKey KEY_B = MeshKey.fromHex("assembly-2026-09", "ffeeddccbbaa99887766554433221100"
            + "f0e0d0c0b0a090807060504030201000");
    static final MslookupQuery GSUP_HLR = new MslookupQuery("gsup.hlr", MslookupId.imsi("901700000014701"));
    static final MslookupQuery SIP_1001 = new MslookupQuery("sip.voice", MslookupId.msisdn("1001"));
    static final long NOW = 1_764_124_800_000L;

    private SigningFixtures() {
    }

    static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static ServiceAddress at(String ip, int port) {
        return new ServiceAddress(ip(ip), port);
    }

    static MslookupAnswer answer(MslookupQuery query, long age, ServiceAddress v4, ServiceAddress v6) {
        return new MslookupAnswer(0x1234, query, new MslookupResult(age, v4, v6));
    }

    static MslookupAnswer homeAnswer() {
        return answer(GSUP_HLR, 0, at("10.23.1.1", 4222), null);
    }

    static byte[] encode(MslookupAnswer answer) {
        return MslookupAnswerEncoder.encode(answer, SUFFIX);
    }
}
