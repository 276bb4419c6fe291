package org.dgsm.mslookup.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an answer packet exactly as osmo does (spec §3.3): header {@code id 8000 0000 NNNN 0000 0000}, no question,
 * each record with the full uncompressed name, class IN, TTL 0, in the order TXT {@code age}, A, TXT {@code port},
 * AAAA, TXT {@code port} (address records only for the addresses present).
 */
public final class MslookupAnswerEncoder {

    private MslookupAnswerEncoder() {
    }

    /**
     * @throws IllegalArgumentException for an invalid suffix, a service that cannot be a DNS name, or an answer that
     *                                  would exceed 1024 bytes (only possible with a long suffix)
     */
    public static byte[] encode(MslookupAnswer answer, String suffix) {
        DomainSuffix.requireValid(suffix);
        MslookupResult result = answer.result();
        List<Record> records = new ArrayList<>(5);
        records.add(txt(TxtKeyValue.AGE, Long.toString(result.ageSeconds())));
        if (result.v4() != null) {
            records.add(new Record(MdnsHeader.TYPE_A, result.v4().ip().getAddress()));
            records.add(txt(TxtKeyValue.PORT, Integer.toString(result.v4().port())));
        }
        if (result.v6() != null) {
            records.add(new Record(MdnsHeader.TYPE_AAAA, result.v6().ip().getAddress()));
            records.add(txt(TxtKeyValue.PORT, Integer.toString(result.v6().port())));
        }

        PacketWriter out = new PacketWriter();
        new MdnsHeader(answer.packetId(), MdnsHeader.FLAG_RESPONSE, 0, records.size(), 0, 0).write(out);
        String name = answer.query().domainName(suffix);
        for (Record record : records) {
            DnsName.write(name, out);
            out.u16(record.type).u16(MdnsHeader.CLASS_IN).u32(0).u16(record.rdata.length).bytes(record.rdata);
        }
        if (out.length() > MdnsHeader.MAX_PACKET_LENGTH) {
            throw new IllegalArgumentException("answer for " + answer.query() + " would be " + out.length()
                    + " bytes, more than " + MdnsHeader.MAX_PACKET_LENGTH);
        }
        return out.toByteArray();
    }

    private static Record txt(String key, String value) {
        return new Record(MdnsHeader.TYPE_TXT, new TxtKeyValue(key, value).toRdata());
    }

    private record Record(int type, byte[] rdata) {
    }
}
