package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SqnPropertiesTest {

    @Property(tries = 10_000)
    void nextIsTheFollowingSeqWithTheVlrsInd(@ForAll @LongRange(min = 0, max = 1L << 47) long last,
            @ForAll @IntRange(min = 0, max = Sqn.MAX_IND_BITLEN) int bitlen, @ForAll @LongRange(min = 0,
                    max = 0xffffffffL) long vlrInd) {
        int ind = Sqn.reduceInd(vlrInd, bitlen);
        long next = Sqn.next(last, ind, bitlen);
        assertThat(next).isGreaterThan(last);
        assertThat(Sqn.seq(next, bitlen)).isEqualTo(Sqn.seq(last, bitlen) + 1);
        assertThat(Sqn.ind(next, bitlen)).isEqualTo(ind);
        assertThat(ind).isEqualTo(vlrInd % (1L << bitlen));
    }

    @Property(tries = 10_000)
    void sixByteFormRoundTrips(@ForAll @LongRange(min = 0, max = Sqn.MAX) long sqn) {
        assertThat(Sqn.fromBytes(Sqn.toBytes(sqn))).isEqualTo(sqn);
    }

    @Property(tries = 2_000)
    void oneVlrsSqnsKeepRisingWhileAnotherVlrInterleaves(@ForAll @IntRange(min = 1, max = 8) int bitlen,
            @ForAll @IntRange(min = 0, max = 255) int vlrInd) {
        int mine = Sqn.reduceInd(vlrInd, bitlen);
        int other = Sqn.reduceInd(vlrInd + 1L, bitlen);
        long stored = 0;
        long lastMine = -1;
        for (int i = 0; i < 20; i++) {
            boolean myTurn = i % 3 != 0;
            stored = Sqn.next(stored, myTurn ? mine : other, bitlen);
            if (myTurn) {
                assertThat(stored).isGreaterThan(lastMine);
                assertThat(Sqn.ind(stored, bitlen)).isEqualTo(mine);
                lastMine = stored;
            }
        }
    }
}
