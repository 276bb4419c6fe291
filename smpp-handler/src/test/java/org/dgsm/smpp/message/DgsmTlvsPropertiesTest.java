package org.dgsm.smpp.message;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our own TLVs (message id, reference, reply-to) against random values and as round trips. */
class DgsmTlvsPropertiesTest {

    @Property(tries = 20_000)
    void anyValueOfOurTagsDecodesOrRaisesMalformedTlv(@ForAll("ourTags") int tag,
                                                      @ForAll("values") byte[] value) {
        List<Tlv> tlvs = List.of(new Tlv(tag, value));
        try {
            DgsmTlvs.messageId(tlvs);
            DgsmTlvs.reference(tlvs);
            Optional<ServiceAddress> replyTo = DgsmTlvs.replyTo(tlvs);
            replyTo.ifPresent(a -> assertThat(DgsmTlvs.replyTo(a).value()).isEqualTo(value));
        } catch (MalformedTlvException e) {
            assertThat(e.getMessage()).contains("D-GSM");
        }
    }

    @Property(tries = 2_000)
    void idsAndReferencesRoundTrip(@ForAll("ids") SmsId id) throws MalformedTlvException {
        assertThat(DgsmTlvs.messageId(List.of(DgsmTlvs.messageId(id)))).contains(id);
        assertThat(DgsmTlvs.reference(List.of(DgsmTlvs.reference(id)))).contains(id);
    }

    @Property(tries = 2_000)
    void replyToAddressesRoundTrip(@ForAll("addresses") ServiceAddress address) throws MalformedTlvException {
        assertThat(DgsmTlvs.replyTo(List.of(DgsmTlvs.replyTo(address)))).contains(address);
    }

    @Test
    void hundredThousandRandomReplyToValuesDecodeOrRaiseMalformedTlv() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(0x1d62);
        for (int i = 0; i < 100_000; i++) {
            byte[] value = new byte[random.nextInt(24)];
            random.nextBytes(value);
            if (value.length > 0 && random.nextBoolean()) {
                value[0] = (byte) (random.nextBoolean() ? 4 : 6);
            }
            anyValueOfOurTagsDecodesOrRaisesMalformedTlv(DgsmTlvs.REPLY_TO, value);
        }
    }

    @Test
    void aTagThatAppearsTwiceIsMalformed() {
        SmsId id = SmsId.fromBytes(new byte[16]);
        assertThatThrownBy(() -> DgsmTlvs.messageId(List.of(DgsmTlvs.messageId(id), DgsmTlvs.messageId(id))))
                .isInstanceOf(MalformedTlvException.class).hasMessageContaining("appears twice");
    }

    @Test
    void absentTagsAreEmpty() throws MalformedTlvException {
        List<Tlv> others = List.of(new Tlv(0x0204, new byte[] {0, 1}));
        assertThat(DgsmTlvs.messageId(others)).isEmpty();
        assertThat(DgsmTlvs.reference(others)).isEmpty();
        assertThat(DgsmTlvs.replyTo(others)).isEmpty();
    }

    @Test
    void replyToIsFamilyAddressPort() throws UnknownHostException {
        Tlv tlv = DgsmTlvs.replyTo(new ServiceAddress(InetAddress.getByName("10.9.8.7"), 2776));
        assertThat(tlv.tag()).isEqualTo(0x1d62);
        assertThat(tlv.value()).containsExactly(4, 10, 9, 8, 7, 0x0a, (byte) 0xd8);
    }

    @Provide
    Arbitrary<Integer> ourTags() {
        return Arbitraries.of(DgsmTlvs.MESSAGE_ID, DgsmTlvs.REFERENCE, DgsmTlvs.REPLY_TO);
    }

    @Provide
    Arbitrary<byte[]> values() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
        Arbitrary<byte[]> nearlyValid = Combinators.combine(Arbitraries.of((byte) 4, (byte) 6, (byte) 5),
                Arbitraries.bytes().array(byte[].class).ofMinSize(4).ofMaxSize(18)).as((family, rest) -> {
                    byte[] v = new byte[rest.length + 1];
                    v[0] = family;
                    System.arraycopy(rest, 0, v, 1, rest.length);
                    return v;
                });
        return Arbitraries.oneOf(random, nearlyValid, Arbitraries.bytes().array(byte[].class).ofSize(16));
    }

    @Provide
    Arbitrary<SmsId> ids() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16).map(SmsId::fromBytes);
    }

    @Provide
    Arbitrary<ServiceAddress> addresses() {
        Arbitrary<InetAddress> v4 = Arbitraries.bytes().array(byte[].class).ofSize(4).map(DgsmTlvsPropertiesTest::ip);
        Arbitrary<InetAddress> v6 = Arbitraries.bytes().array(byte[].class).ofSize(16)
                .filter(b -> !isV4Mapped(b)).map(DgsmTlvsPropertiesTest::ip);
        return Combinators.combine(Arbitraries.oneOf(v4, v6), Arbitraries.integers().between(1, 65535))
                .as(ServiceAddress::new);
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static InetAddress ip(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
