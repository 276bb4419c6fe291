package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** AUTS handling never fails with anything but its documented exception. */
class AutsVerifierPropertiesTest {

    private static final EnumSet<AucException.Reason> VERIFY_FAILURES =
            EnumSet.of(AucException.Reason.AUTS_MAC_MISMATCH, AucException.Reason.MALFORMED_RESYNC);

    @Property(tries = 2000)
    void randomAutsIsRejectedOrYieldsA48BitSqn(@ForAll("functions") AkaFunctions f, @ForAll @Size(16) byte[] rand,
            @ForAll @Size(14) byte[] auts) {
        assertOnlyDocumentedOutcome(f, rand, auts);
    }

    @Property(tries = 2000)
    void arbitraryLengthsAreRejectedOrYieldA48BitSqn(@ForAll("functions") AkaFunctions f,
            @ForAll @Size(max = 40) byte[] rand, @ForAll @Size(max = 40) byte[] auts) {
        assertOnlyDocumentedOutcome(f, rand, auts);
    }

    @Property(tries = 1000)
    void aGenuineAutsAlwaysVerifies(@ForAll("functions") AkaFunctions f, @ForAll @Size(16) byte[] rand,
            @ForAll @LongRange(min = 0, max = Sqn.MAX) long sqnMs) throws AucException {
        assertThat(AutsVerifier.verify(f, rand, Usim.auts(f, rand, sqnMs))).isEqualTo(sqnMs);
    }

    @Property(tries = 1000)
    void aGenuineAutsWithOneBitFlippedNeverVerifies(@ForAll("functions") AkaFunctions f,
            @ForAll @Size(16) byte[] rand, @ForAll @LongRange(min = 0, max = Sqn.MAX) long sqnMs,
            @ForAll @IntRange(min = 0, max = 14 * 8 - 1) int bit) {
        byte[] auts = Usim.auts(f, rand, sqnMs);
        auts[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        AucException e = catchThrowableOfType(AucException.class, () -> AutsVerifier.verify(f, rand, auts));
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(AucException.Reason.AUTS_MAC_MISMATCH);
    }

    @Provide
    Arbitrary<AkaFunctions> functions() {
        Arbitrary<byte[]> k16 = Arbitraries.bytes().array(byte[].class).ofSize(16);
        Arbitrary<byte[]> k32 = Arbitraries.bytes().array(byte[].class).ofSize(32);
        Arbitrary<AkaFunctions> milenage = Combinators.combine(k16, k16).as(Milenage::withOpc);
        Arbitrary<AkaFunctions> tuak = Combinators.combine(Arbitraries.oneOf(k16, k32), k32)
                .as((k, topc) -> Tuak.withTopc(k, topc, Tuak.OSMO_LENGTHS, 1));
        Arbitrary<AkaFunctions> xor = k16.map(Xor3g::withKey);
        return Arbitraries.oneOf(milenage, tuak, xor);
    }

    private static void assertOnlyDocumentedOutcome(AkaFunctions f, byte[] rand, byte[] auts) {
        try {
            long sqnMs = AutsVerifier.verify(f, rand, auts);
            assertThat(sqnMs).isBetween(0L, Sqn.MAX);
        } catch (AucException e) {
            assertThat(e.reason()).isIn(VERIFY_FAILURES);
        }
    }
}
