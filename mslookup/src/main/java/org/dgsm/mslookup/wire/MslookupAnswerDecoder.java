package org.dgsm.mslookup.wire;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Decodes an answer packet with the acceptance rules of osmo-mslookup-client 1.5 (the client side of spec §3.4).
 *
 * <p>Structure: QR=1; everything after the header is parsed as resource records (so a question section or a
 * compressed name makes the packet invalid); the packet must end exactly after the last record and the number of
 * records must equal ANCOUNT (QDCOUNT, NSCOUNT, ARCOUNT, other flags, record classes and TTLs are ignored, as osmo
 * ignores them); every record carries the same name, {@code service.id.idtype.suffix}.
 *
 * <p>Content: only TXT, A (RDLENGTH 4) and AAAA (RDLENGTH 16) records; exactly one TXT {@code age}; at most one A and
 * one AAAA, each followed (before the next address record) by its TXT {@code port}; no other TXT key; at least one
 * address. Record order is otherwise free.
 *
 * <p>Stricter than osmo, on purpose: {@code age}/{@code port} values must be 1 to 10 plain digits (osmo's
 * {@code strtoll} also takes signs, blanks, and an empty value as 0), port 0 is refused, and datagrams over 1024
 * bytes are refused (osmo would read a truncated copy).
 */
public final class MslookupAnswerDecoder {

    /** TYPE, CLASS, TTL, RDLENGTH. */
    private static final int RECORD_FIXED_PART = 10;

    private final String suffix;

    /** @throws IllegalArgumentException for an invalid suffix, see {@link DomainSuffix#requireValid(String)} */
    public MslookupAnswerDecoder(String suffix) {
        this.suffix = DomainSuffix.requireValid(suffix);
    }

    public String suffix() {
        return suffix;
    }

    /** @throws MalformedPacketException for anything osmo-mslookup-client would not take as an answer */
    public MslookupAnswer decode(byte[] datagram) throws MalformedPacketException {
        Objects.requireNonNull(datagram, "datagram");
        if (datagram.length > MdnsHeader.MAX_PACKET_LENGTH) {
            throw new MalformedPacketException("datagram of " + datagram.length + " bytes exceeds "
                    + MdnsHeader.MAX_PACKET_LENGTH);
        }
        PacketReader in = new PacketReader(datagram);
        MdnsHeader header = MdnsHeader.read(in);
        if (!header.isResponse()) {
            throw new MalformedPacketException("not an answer: QR bit clear");
        }
        String name = null;
        ResultCollector collector = new ResultCollector();
        int records = 0;
        while (in.remaining() > 0) {
            int offset = in.position();
            String recordName = DnsName.read(in, RECORD_FIXED_PART);
            if (name == null) {
                name = recordName;
            } else if (!name.equals(recordName)) {
                throw new MalformedPacketException("record at offset " + offset + " is for '" + recordName
                        + "', not '" + name + "'");
            }
            int type = in.u16();
            in.u16(); // class: ignored, as osmo does
            in.u32(); // TTL: ignored
            int rdLength = in.u16();
            byte[] rdata = in.bytes(rdLength);
            collector.add(type, rdata, offset);
            records++;
        }
        if (records == 0) {
            throw new MalformedPacketException("answer without records");
        }
        if (records != header.answerCount()) {
            throw new MalformedPacketException("ANCOUNT is " + header.answerCount() + " but the packet holds "
                    + records + " records");
        }
        MslookupQuery query;
        try {
            query = MslookupQuery.fromDomainName(name, suffix);
        } catch (MalformedQueryException e) {
            throw new MalformedPacketException(e.getMessage(), e);
        }
        return new MslookupAnswer(header.packetId(), query, collector.result());
    }

    /** Applies osmo's record rules one record at a time. */
    private static final class ResultCollector {
        private Long age;
        private InetAddress v4;
        private InetAddress v6;
        private ServiceAddress v4Address;
        private ServiceAddress v6Address;
        private InetAddress awaitingPort;

        void add(int type, byte[] rdata, int offset) throws MalformedPacketException {
            switch (type) {
                case MdnsHeader.TYPE_A -> {
                    checkAddressRecord("A", v4, rdata, 4, offset);
                    v4 = address(rdata, true);
                    awaitingPort = v4;
                }
                case MdnsHeader.TYPE_AAAA -> {
                    checkAddressRecord("AAAA", v6, rdata, 16, offset);
                    v6 = address(rdata, false);
                    awaitingPort = v6;
                }
                case MdnsHeader.TYPE_TXT -> addTxt(TxtKeyValue.fromRdata(rdata), offset);
                default -> throw new MalformedPacketException("unexpected record type " + type + " at offset "
                        + offset);
            }
        }

        private void checkAddressRecord(String kind, InetAddress previous, byte[] rdata, int length, int offset)
                throws MalformedPacketException {
            if (awaitingPort != null) {
                throw new MalformedPacketException(kind + " record at offset " + offset
                        + " while the previous address still lacks its port");
            }
            if (previous != null) {
                throw new MalformedPacketException("second " + kind + " record at offset " + offset);
            }
            if (rdata.length != length) {
                throw new MalformedPacketException(kind + " record at offset " + offset + " has RDLENGTH "
                        + rdata.length + ", expected " + length);
            }
        }

        private void addTxt(TxtKeyValue txt, int offset) throws MalformedPacketException {
            switch (txt.key()) {
                case TxtKeyValue.AGE -> {
                    if (age != null) {
                        throw new MalformedPacketException("second 'age' record at offset " + offset);
                    }
                    age = txt.decimalValue(0, MslookupResult.MAX_AGE_SECONDS);
                }
                case TxtKeyValue.PORT -> {
                    if (awaitingPort == null) {
                        throw new MalformedPacketException("'port' record at offset " + offset
                                + " without a preceding address record");
                    }
                    ServiceAddress address = new ServiceAddress(awaitingPort, (int) txt.decimalValue(1, 65535));
                    if (awaitingPort instanceof Inet4Address) {
                        v4Address = address;
                    } else {
                        v6Address = address;
                    }
                    awaitingPort = null;
                }
                default -> throw new MalformedPacketException("unexpected TXT key "
                        + TxtKeyValue.printable(txt.key()) + " at offset " + offset);
            }
        }

        MslookupResult result() throws MalformedPacketException {
            if (age == null) {
                throw new MalformedPacketException("answer without 'age' record");
            }
            if (awaitingPort != null) {
                throw new MalformedPacketException("address record without 'port' record");
            }
            if (v4Address == null && v6Address == null) {
                throw new MalformedPacketException("answer without address record");
            }
            return new MslookupResult(age, v4Address, v6Address);
        }

        private static InetAddress address(byte[] rdata, boolean ipv4) throws MalformedPacketException {
            try {
                // Inet6Address.getByAddress keeps an IPv4-mapped address in the v6 slot as IPv6.
                return ipv4 ? (Inet4Address) InetAddress.getByAddress(rdata)
                        : Inet6Address.getByAddress(null, rdata, -1);
            } catch (UnknownHostException e) {
                throw new MalformedPacketException("bad address bytes", e);
            }
        }
    }
}
