package org.dgsm.smpp.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The fields of a {@code deliver_sm} or {@code submit_sm} that make up one short message, kept byte for byte: an SMS
 * received from the local SMSC is forwarded with the same data coding, esm_class (and so the UDH indicator),
 * registered_delivery, source address and optional parameters. Empty C-octet strings are {@code ""}, never null.
 *
 * @throws IllegalArgumentException from the constructor for a one-octet field outside 0..255 or a short_message
 *                                  longer than 254 octets (sm_length is one octet; 255 is reserved)
 */
public record ShortMessage(String serviceType, SmppAddress source, SmppAddress destination, int esmClass,
                           int protocolId, int priorityFlag, String scheduleDeliveryTime, String validityPeriod,
                           int registeredDelivery, int replaceIfPresent, int dataCoding, int smDefaultMsgId,
                           byte[] shortMessage, List<Tlv> tlvs) {

    public static final int MAX_SHORT_MESSAGE = 254;

    public ShortMessage {
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(scheduleDeliveryTime, "scheduleDeliveryTime");
        Objects.requireNonNull(validityPeriod, "validityPeriod");
        Objects.requireNonNull(shortMessage, "shortMessage");
        Objects.requireNonNull(tlvs, "tlvs");
        requireOctet("esm_class", esmClass);
        requireOctet("protocol_id", protocolId);
        requireOctet("priority_flag", priorityFlag);
        requireOctet("registered_delivery", registeredDelivery);
        requireOctet("replace_if_present_flag", replaceIfPresent);
        requireOctet("data_coding", dataCoding);
        requireOctet("sm_default_msg_id", smDefaultMsgId);
        if (shortMessage.length > MAX_SHORT_MESSAGE) {
            throw new IllegalArgumentException("short_message must be at most " + MAX_SHORT_MESSAGE + " octets, got "
                    + shortMessage.length);
        }
        shortMessage = shortMessage.clone();
        tlvs = List.copyOf(tlvs);
    }

    private static void requireOctet(String name, int value) {
        if (value < 0 || value > 0xff) {
            throw new IllegalArgumentException(name + " must be 0..255, got " + value);
        }
    }

    @Override
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /** The first TLV with this tag. */
    public Optional<Tlv> tlv(int tag) {
        return tlvs.stream().filter(t -> t.tag() == tag).findFirst();
    }

    public ShortMessage withTlvs(List<Tlv> newTlvs) {
        return new ShortMessage(serviceType, source, destination, esmClass, protocolId, priorityFlag,
                scheduleDeliveryTime, validityPeriod, registeredDelivery, replaceIfPresent, dataCoding,
                smDefaultMsgId, shortMessage, newTlvs);
    }

    /** This message without the TLVs whose tag matches. */
    public ShortMessage withoutTlvs(IntPredicate tags) {
        return withTlvs(tlvs.stream().filter(t -> !tags.test(t.tag())).toList());
    }

    /** This message with {@code extra} appended after its own TLVs. */
    public ShortMessage plusTlvs(List<Tlv> extra) {
        List<Tlv> all = new ArrayList<>(tlvs);
        all.addAll(extra);
        return withTlvs(all);
    }

    /** The same message with every TLV of {@code tag} replaced by {@code replacement} (appended if absent). */
    public ShortMessage replacingTlv(Tlv replacement) {
        List<Tlv> all = new ArrayList<>();
        boolean replaced = false;
        for (Tlv t : tlvs) {
            if (t.tag() != replacement.tag()) {
                all.add(t);
            } else if (!replaced) {
                all.add(replacement);
                replaced = true;
            }
        }
        if (!replaced) {
            all.add(replacement);
        }
        return withTlvs(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShortMessage m
                && serviceType.equals(m.serviceType) && source.equals(m.source) && destination.equals(m.destination)
                && esmClass == m.esmClass && protocolId == m.protocolId && priorityFlag == m.priorityFlag
                && scheduleDeliveryTime.equals(m.scheduleDeliveryTime) && validityPeriod.equals(m.validityPeriod)
                && registeredDelivery == m.registeredDelivery && replaceIfPresent == m.replaceIfPresent
                && dataCoding == m.dataCoding && smDefaultMsgId == m.smDefaultMsgId
                && Arrays.equals(shortMessage, m.shortMessage) && tlvs.equals(m.tlvs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceType, source, destination, esmClass, dataCoding, registeredDelivery, tlvs)
                * 31 + Arrays.hashCode(shortMessage);
    }

    @Override
    public String toString() {
        return "ShortMessage[" + source.address() + " -> " + destination.address()
                + String.format(", esm_class 0x%02x, data_coding 0x%02x, registered_delivery 0x%02x, ", esmClass,
                dataCoding, registeredDelivery)
                + shortMessage.length + " octets " + HexFormat.of().formatHex(shortMessage) + ", tlvs " + tlvs + "]";
    }
}
