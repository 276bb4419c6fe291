package org.dgsm.smpp.link;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.Tlv;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short message survives jSMPP byte for byte: encoded as submit_sm (as {@link SubmittingSession} does) and decoded
 * as jSMPP decodes a received deliver_sm or submit_sm, every field and every TLV comes back unchanged.
 */
class JsmppMessagesPropertiesTest {

    private static final DefaultComposer COMPOSER = new DefaultComposer();
    private static final DefaultDecomposer DECOMPOSER = new DefaultDecomposer();

    @Property(tries = 2_000)
    void submitSmRoundTripsThroughJsmpp(@ForAll("messages") ShortMessage m) throws Exception {
        byte[] pdu = COMPOSER.submitSm(9, m.serviceType(), (byte) m.source().ton(), (byte) m.source().npi(),
                m.source().address(), (byte) m.destination().ton(), (byte) m.destination().npi(),
                m.destination().address(), (byte) m.esmClass(), (byte) m.protocolId(), (byte) m.priorityFlag(),
                m.scheduleDeliveryTime(), m.validityPeriod(), (byte) m.registeredDelivery(),
                (byte) m.replaceIfPresent(), (byte) m.dataCoding(), (byte) m.smDefaultMsgId(), m.shortMessage(),
                JsmppMessages.parameters(m.tlvs()));

        assertThat(JsmppMessages.fromRequest(DECOMPOSER.submitSm(pdu))).isEqualTo(m);
    }

    @Property(tries = 2_000)
    void deliverSmFieldsSurviveJsmpp(@ForAll("messages") ShortMessage m) throws Exception {
        byte[] pdu = COMPOSER.deliverSm(3, m.serviceType(), (byte) m.source().ton(), (byte) m.source().npi(),
                m.source().address(), (byte) m.destination().ton(), (byte) m.destination().npi(),
                m.destination().address(), (byte) m.esmClass(), (byte) m.protocolId(), (byte) m.priorityFlag(),
                (byte) m.registeredDelivery(), (byte) m.dataCoding(), m.shortMessage(),
                JsmppMessages.parameters(m.tlvs()));

        ShortMessage back = JsmppMessages.fromRequest(DECOMPOSER.deliverSm(pdu));
        // deliver_sm has no schedule/validity/replace/default id fields of its own: jSMPP writes them as null/0
        assertThat(back).isEqualTo(new ShortMessage(m.serviceType(), m.source(), m.destination(), m.esmClass(),
                m.protocolId(), m.priorityFlag(), "", "", m.registeredDelivery(), 0, m.dataCoding(), 0,
                m.shortMessage(), m.tlvs()));
    }

    @Provide
    Arbitrary<ShortMessage> messages() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMaxLength(20);
        Arbitrary<SmppAddress> address = Combinators.combine(Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255), digits).as(SmppAddress::new);
        Arbitrary<Tlv> tlv = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofSize(2).map(v -> new Tlv(0x0204, v)),
                Arbitraries.bytes().array(byte[].class).ofSize(2).map(v -> new Tlv(0x020c, v)),
                Arbitraries.bytes().array(byte[].class).ofSize(1).map(v -> new Tlv(0x020e, v)),
                Arbitraries.bytes().array(byte[].class).ofSize(1).map(v -> new Tlv(0x020f, v)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(v -> new Tlv(0x0424, v)),
                Combinators.combine(Arbitraries.integers().between(0x1d00, 0x1dff),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(30)).as(Tlv::new));
        Arbitrary<List<Integer>> octets = Arbitraries.integers().between(0, 255).list().ofSize(7);
        return Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(5), address, address, octets,
                Arbitraries.bytes().array(byte[].class).ofMaxSize(254), tlv.list().ofMaxSize(5))
                .as((serviceType, from, to, o, sm, tlvs) -> new ShortMessage(serviceType, from, to, o.get(0),
                        o.get(1), o.get(2), "", "", o.get(3), o.get(4), o.get(5), o.get(6), sm, tlvs));
    }

}
