package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays the SAIs captured from osmo-hlr 1.5.0 (section H of the vector file): one
 * subscriber with COMP128v1 and MILENAGE data, IND length 5, stored SQN 0, and VLRs getting
 * IND slots in order of first use. The stored SQN is carried from one SAI to the next as the
 * HLR would write it back.
 */
class OsmoHlrSqnIndCaptureTest {

    private static final byte[] KI = HexFormat.of().parseHex("eb215756028d60e3275e613320aec880");
    private static final byte[] OPC = HexFormat.of().parseHex("fb2a3d1b360f599abab99db8669f8308");
    private static final Milenage MILENAGE = Milenage.withOpc(KI, OPC);

    @Test
    void replaysTheCapturedSequenceAcrossVlrs() throws AucException {
        List<AucVectors.Vector> rows = List.of(AucVectors.named("hlr_sqn_ind_1"), AucVectors.named("hlr_sqn_ind_2"),
                AucVectors.named("hlr_sqn_ind_3"), AucVectors.named("hlr_sqn_ind_4"),
                AucVectors.named("hlr_sqn_ind_5_auts"));
        InMemoryIndAllocator inds = new InMemoryIndAllocator();
        long storedSqn = 0;
        for (AucVectors.Vector row : rows) {
            storedSqn = replay(row, inds, storedSqn);
        }
        assertThat(storedSqn).isEqualTo(35);
    }

    @Test
    void replaysTheFirstSaiThroughTheProxyOnAFreshDatabase() throws AucException {
        AucVectors.Vector row = AucVectors.named("hlr_sqn_ind_proxy_first");
        InMemoryIndAllocator inds = new InMemoryIndAllocator();
        AuthVector vector = replayVector(row, inds, 0);
        assertThat(vector.ck()).isEqualTo(row.outHex("ck"));
        assertThat(vector.ik()).isEqualTo(row.outHex("ik"));
    }

    @Test
    void theResyncRowCarriesSqnMs23() throws AucException {
        AucVectors.Vector row = AucVectors.named("hlr_sqn_ind_5_auts");
        assertThat(AutsVerifier.verify(MILENAGE, row.inHex("rand_auts"), row.inHex("auts")))
                .isEqualTo(Long.parseLong(row.out("sqn_ms")));
    }

    /** Runs one captured SAI and returns the SQN the HLR stores afterwards. */
    private static long replay(AucVectors.Vector row, InMemoryIndAllocator inds, long storedSqn) throws AucException {
        AuthVector vector = replayVector(row, inds, storedSqn);
        return Usim.sqnFromAutn(MILENAGE, vector.rand(), vector.autn());
    }

    private static AuthVector replayVector(AucVectors.Vector row, InMemoryIndAllocator inds, long storedSqn)
            throws AucException {
        byte[] sourceName = (row.in("vlr") + "\0").getBytes(StandardCharsets.US_ASCII);
        int ind = inds.indForSourceName(sourceName);
        assertThat(ind).as("%s IND", row.name()).isEqualTo(Integer.parseInt(row.in("ind")));

        SubscriberAuthData data = new SubscriberAuthData(new Auth2gData(AuthAlgorithm.COMP128V1, KI),
                Auth3gData.withOpc(AuthAlgorithm.MILENAGE, KI, OPC, storedSqn, Sqn.DEFAULT_IND_BITLEN));
        AuthVectorRequest request = AuthVectorRequest.of(data, ind, 1);
        if (row.hasIn("auts")) {
            request = request.withResync(row.inHex("rand_auts"), row.inHex("auts"));
        }
        AuthVectorResult result = new AuthVectorGenerator(FixedRands.of(row.in("rand"))).generate(request);

        assertThat(result.vectors()).hasSize(1);
        AuthVector vector = result.vectors().get(0);
        long sqnUsed = Long.parseLong(row.out("sqn_used"));
        assertThat(Usim.sqnFromAutn(MILENAGE, vector.rand(), vector.autn())).as("%s SQN", row.name())
                .isEqualTo(sqnUsed);
        assertThat(result.sqnToStore()).as("%s stored SQN", row.name()).hasValue(sqnUsed);
        assertThat(vector.autn()).as("%s AUTN", row.name()).isEqualTo(row.outHex("autn"));
        assertThat(vector.res()).as("%s RES", row.name()).isEqualTo(row.outHex("res"));
        assertThat(vector.sres()).as("%s SRES", row.name()).isEqualTo(row.outHex("sres"));
        assertThat(vector.kc()).as("%s Kc", row.name()).isEqualTo(row.outHex("kc"));
        return vector;
    }
}
