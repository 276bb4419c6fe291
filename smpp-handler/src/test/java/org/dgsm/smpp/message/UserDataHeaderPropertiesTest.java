package org.dgsm.smpp.message;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The UDH reader against random user data, damaged headers and generated headers. */
class UserDataHeaderPropertiesTest {

    @Test
    void hundredThousandRandomUserDataParseOrRaiseMalformedUdh() {
        SplittableRandom random = new SplittableRandom(0x0503);
        for (int i = 0; i < 100_000; i++) {
            byte[] userData = new byte[random.nextInt(40)];
            random.nextBytes(userData);
            if (userData.length > 0) {
                userData[0] = (byte) random.nextInt(Math.max(1, userData.length + 2));
            }
            randomUserDataParsesOrRaisesMalformedUdh(userData);
        }
    }

    @Property(tries = 2_000)
    void randomUserDataParsesOrRaisesMalformedUdh(@ForAll("userData") byte[] userData) {
        try {
            UserDataHeader udh = UserDataHeader.parse(userData);
            assertThat(udh.encodedLength()).isLessThanOrEqualTo(userData.length);
            assertThat(udh.encode()).isEqualTo(Arrays.copyOf(userData, udh.encodedLength()));
            udh.concatenation().ifPresent(c -> {
                assertThat(c.sequence()).isBetween(1, c.total());
            });
        } catch (MalformedUdhException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 3_000)
    void headersRoundTripInFrontOfAnyText(@ForAll("headers") UserDataHeader udh, @ForAll byte[] text)
            throws MalformedUdhException {
        byte[] userData = concat(udh.encode(), text);
        assertThat(UserDataHeader.parse(userData)).isEqualTo(udh);
    }

    @Property(tries = 3_000)
    void concatenationInfoIsRead(@ForAll @IntRange(max = 0xffff) int reference, @ForAll @IntRange(min = 1, max = 255)
            int total, @ForAll @IntRange(min = 1, max = 255) int sequence, @ForAll boolean sixteenBit)
            throws MalformedUdhException {
        int seq = Math.min(sequence, total);
        byte[] header = sixteenBit
                ? new byte[] {6, 8, 4, (byte) (reference >> 8), (byte) reference, (byte) total, (byte) seq}
                : new byte[] {5, 0, 3, (byte) reference, (byte) total, (byte) seq};
        UserDataHeader.Concatenation c = UserDataHeader.parse(concat(header, new byte[] {0x41})).concatenation()
                .orElseThrow();
        assertThat(c).isEqualTo(new UserDataHeader.Concatenation(sixteenBit ? reference : reference & 0xff, total,
                seq));
    }

    @Property(tries = 5_000)
    void damagedHeadersParseOrRaiseMalformedUdh(@ForAll("headers") UserDataHeader udh, @ForAll int position,
                                                @ForAll byte value) {
        byte[] userData = udh.encode();
        userData[Math.floorMod(position, userData.length)] = value;
        try {
            UserDataHeader.parse(userData);
        } catch (MalformedUdhException expected) {
            // the only exception allowed
        }
    }

    @Provide
    Arbitrary<byte[]> userData() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(160),
                headers().map(UserDataHeader::encode).map(b -> Arrays.copyOf(b, Math.max(0, b.length - 1))));
    }

    @Provide
    Arbitrary<UserDataHeader> headers() {
        Arbitrary<UserDataHeader.InformationElement> ie = Combinators.combine(
                Arbitraries.integers().between(0, 255), Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
                .as(UserDataHeader.InformationElement::new);
        return ie.list().ofMinSize(1).ofMaxSize(5).map(UserDataHeader::new);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Property(tries = 300)
    void senselessConcatenationIsIgnored(@ForAll @IntRange(min = 0, max = 255) int total) throws MalformedUdhException {
        byte[] header = {5, 0, 3, 9, (byte) total, (byte) (total + 1)};
        assertThat(UserDataHeader.parse(header).concatenation()).isEmpty();
        assertThat(UserDataHeader.parse(new byte[] {5, 0, 3, 9, (byte) total, 0}).concatenation()).isEmpty();
        assertThat(UserDataHeader.parse(new byte[] {4, 0, 2, 9, 1}).elements()).hasSize(1);
        assertThat(UserDataHeader.parse(new byte[] {4, 0, 2, 9, 1}).concatenation()).isEmpty();
    }
}
