package org.dgsm.smpp.message;

import org.dgsm.mslookup.wire.ServiceAddress;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The optional parameters villages add to the SMS they forward to each other, in the SMPP 3.4 vendor-specific tag
 * range (0x1400..0x3FFF). An SMSC that does not know them ignores them; villages strip them before submitting to
 * their own SMSC.
 *
 * <ul>
 *   <li>{@link #MESSAGE_ID}: the 16-byte {@link SmsId} of this SMS or receipt; the receiver stores it and answers a
 *       retransmission without delivering again.</li>
 *   <li>{@link #REFERENCE}: on a receipt, the id of the SMS it reports on.</li>
 *   <li>{@link #REPLY_TO}: the SMPP address of the originating village's handler, where receipts go: one octet
 *       4 or 6, the address (4 or 16 octets), the port (2 octets, network order).</li>
 * </ul>
 */
public final class DgsmTlvs {

    public static final int MESSAGE_ID = 0x1d60;
    public static final int REFERENCE = 0x1d61;
    public static final int REPLY_TO = 0x1d62;

    private DgsmTlvs() {
    }

    public static boolean isOurs(int tag) {
        return tag == MESSAGE_ID || tag == REFERENCE || tag == REPLY_TO;
    }

    public static Tlv messageId(SmsId id) {
        return new Tlv(MESSAGE_ID, id.bytes());
    }

    public static Tlv reference(SmsId id) {
        return new Tlv(REFERENCE, id.bytes());
    }

    public static Tlv replyTo(ServiceAddress address) {
        byte[] ip = address.ip().getAddress();
        byte[] value = new byte[1 + ip.length + 2];
        value[0] = (byte) (address.isIpv4() ? 4 : 6);
        System.arraycopy(ip, 0, value, 1, ip.length);
        value[value.length - 2] = (byte) (address.port() >>> 8);
        value[value.length - 1] = (byte) address.port();
        return new Tlv(REPLY_TO, value);
    }

    /** @throws MalformedTlvException if the tag occurs twice or its value is not 16 octets */
    public static Optional<SmsId> messageId(List<Tlv> tlvs) throws MalformedTlvException {
        Optional<Tlv> tlv = single(tlvs, MESSAGE_ID, "message id");
        return tlv.isEmpty() ? Optional.empty() : Optional.of(decodeId(tlv.get(), "message id"));
    }

    /** @throws MalformedTlvException if the tag occurs twice or its value is not 16 octets */
    public static Optional<SmsId> reference(List<Tlv> tlvs) throws MalformedTlvException {
        Optional<Tlv> tlv = single(tlvs, REFERENCE, "reference");
        return tlv.isEmpty() ? Optional.empty() : Optional.of(decodeId(tlv.get(), "reference"));
    }

    /** @throws MalformedTlvException if the tag occurs twice or its value is not a valid address */
    public static Optional<ServiceAddress> replyTo(List<Tlv> tlvs) throws MalformedTlvException {
        Optional<Tlv> tlv = single(tlvs, REPLY_TO, "reply-to");
        return tlv.isEmpty() ? Optional.empty() : Optional.of(decodeAddress(tlv.get().value()));
    }

    private static Optional<Tlv> single(List<Tlv> tlvs, int tag, String what) throws MalformedTlvException {
        Tlv found = null;
        for (Tlv tlv : tlvs) {
            if (tlv.tag() == tag) {
                if (found != null) {
                    throw new MalformedTlvException(String.format("D-GSM %s TLV 0x%04x appears twice", what, tag));
                }
                found = tlv;
            }
        }
        return Optional.ofNullable(found);
    }

    private static SmsId decodeId(Tlv tlv, String what) throws MalformedTlvException {
        if (tlv.length() != SmsId.LENGTH) {
            throw new MalformedTlvException(String.format("D-GSM %s TLV 0x%04x must have %d octets, got %d", what,
                    tlv.tag(), SmsId.LENGTH, tlv.length()));
        }
        return SmsId.fromBytes(tlv.value());
    }

    static ServiceAddress decodeAddress(byte[] value) throws MalformedTlvException {
        if (value.length == 0) {
            throw new MalformedTlvException("D-GSM reply-to TLV is empty");
        }
        int family = value[0];
        int addressLength = switch (family) {
            case 4 -> 4;
            case 6 -> 16;
            default -> throw new MalformedTlvException("D-GSM reply-to TLV: unknown address family " + (family & 0xff)
                    + ", expected 4 or 6");
        };
        if (value.length != 1 + addressLength + 2) {
            throw new MalformedTlvException("D-GSM reply-to TLV: an IPv" + family + " address needs "
                    + (1 + addressLength + 2) + " octets, got " + value.length);
        }
        byte[] ip = new byte[addressLength];
        System.arraycopy(value, 1, ip, 0, addressLength);
        int port = ((value[value.length - 2] & 0xff) << 8) | (value[value.length - 1] & 0xff);
        if (port == 0) {
            throw new MalformedTlvException("D-GSM reply-to TLV: port 0");
        }
        try {
            InetAddress address = InetAddress.getByAddress(ip);
            if (family == 6 && address instanceof Inet4Address) {
                // Java folds IPv4-mapped IPv6 addresses into IPv4; keep the family the sender chose out of it
                throw new MalformedTlvException("D-GSM reply-to TLV: IPv4-mapped IPv6 address, send it as IPv4");
            }
            return new ServiceAddress(address, port);
        } catch (UnknownHostException e) {
            throw new MalformedTlvException("D-GSM reply-to TLV: " + e.getMessage());
        }
    }
}
