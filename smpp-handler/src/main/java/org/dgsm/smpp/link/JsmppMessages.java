package org.dgsm.smpp.link;

import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.Tlv;
import org.jsmpp.bean.MessageRequest;
import org.jsmpp.bean.OptionalParameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Moves short messages between jSMPP's beans and {@link ShortMessage}, optional parameters as raw bytes. */
final class JsmppMessages {

    private JsmppMessages() {
    }

    /** A received deliver_sm or submit_sm. */
    static ShortMessage fromRequest(MessageRequest r) {
        return new ShortMessage(text(r.getServiceType()),
                new SmppAddress(r.getSourceAddrTon() & 0xff, r.getSourceAddrNpi() & 0xff, text(r.getSourceAddr())),
                new SmppAddress(r.getDestAddrTon() & 0xff, r.getDestAddrNpi() & 0xff, text(r.getDestAddress())),
                r.getEsmClass() & 0xff, r.getProtocolId() & 0xff, r.getPriorityFlag() & 0xff,
                text(r.getScheduleDeliveryTime()), text(r.getValidityPeriod()), r.getRegisteredDelivery() & 0xff,
                r.getReplaceIfPresent() & 0xff, r.getDataCoding() & 0xff, r.getSmDefaultMsgId() & 0xff,
                r.getShortMessage() == null ? new byte[0] : r.getShortMessage(), tlvs(r.getOptionalParameters()));
    }

    /** jSMPP decodes known tags into typed objects; serialising them gives back the octets they came from. */
    static List<Tlv> tlvs(OptionalParameter[] parameters) {
        List<Tlv> tlvs = new ArrayList<>();
        if (parameters != null) {
            for (OptionalParameter p : parameters) {
                byte[] wire = p.serialize();
                tlvs.add(new Tlv(p.tag & 0xffff, Arrays.copyOfRange(wire, 4, wire.length)));
            }
        }
        return tlvs;
    }

    static OptionalParameter[] parameters(List<Tlv> tlvs) {
        OptionalParameter[] parameters = new OptionalParameter[tlvs.size()];
        for (int i = 0; i < parameters.length; i++) {
            Tlv t = tlvs.get(i);
            parameters[i] = new OptionalParameter.OctetString((short) t.tag(), t.value());
        }
        return parameters;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
