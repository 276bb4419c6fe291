package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberStoreAuthTest {

    private static final String IMSI = "901700000000001";
    private static final String KI = "0123456789abcdef0123456789abcdef";
    private static final String K = "000102030405060708090a0b0c0d0e0f";
    private static final String OPC = "101112131415161718191a1b1c1d1e1f";
    private static final String K_256 = K + "202122232425262728292a2b2c2d2e2f";
    private static final String TOP_256 = OPC + "303132333435363738393a3b3c3d3e3f";

    @TempDir
    Path dir;

    private Path file;
    private SubscriberStore store;
    private long id;

    @BeforeEach
    void open() {
        file = dir.resolve("hlr.db");
        store = SubscriberStore.open(file);
        id = store.create(IMSI).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void assertFailsWithoutChange(ThrowingCallable call, Class<? extends Throwable> type, String message)
            throws Exception {
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(message);
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
    }

    private SubscriberStore reopenAsSchema7() throws Exception {
        store.close();
        file = dir.resolve("hlr7.db");
        DbFiles.createSchema7(file);
        store = SubscriberStore.open(file);
        id = store.create(IMSI).id();
        return store;
    }

    @Test
    void setsReplacesAndClears2gAuthData() {
        AuthData2g comp128v1 = AuthData2g.of(AuthAlgorithm.COMP128V1, KI);
        store.setAuth2g(IMSI, comp128v1);
        assertThat(store.findAuth2g(id)).contains(comp128v1);
        assertThat(store.findAuth2g(id).orElseThrow().algorithm()).contains(AuthAlgorithm.COMP128V1);

        AuthData2g comp128v3 = AuthData2g.of(AuthAlgorithm.COMP128V3, "ffeeddccbbaa99887766554433221100");
        store.setAuth2g(IMSI, comp128v3);
        assertThat(store.findAuth2g(id)).contains(comp128v3);

        assertThat(store.clearAuth2g(IMSI)).isTrue();
        assertThat(store.findAuth2g(id)).isEmpty();
        assertThat(store.clearAuth2g(IMSI)).isFalse();
    }

    @Test
    void acceptsEvery2gAlgorithmOsmoHlrStores() {
        for (AuthAlgorithm algorithm : new AuthAlgorithm[] {AuthAlgorithm.COMP128V1, AuthAlgorithm.COMP128V2,
                AuthAlgorithm.COMP128V3, AuthAlgorithm.XOR_3G, AuthAlgorithm.XOR_2G}) {
            store.setAuth2g(IMSI, AuthData2g.of(algorithm, KI));
            assertThat(store.findAuth2g(id).orElseThrow().algorithmId()).isEqualTo(algorithm.id());
        }
    }

    @Test
    void storesHexKeysLowerCase() throws Exception {
        store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.COMP128V1, KI.toUpperCase()));
        store.setAuth3g(IMSI, AuthData3g.milenageWithOp(K.toUpperCase(), OPC.toUpperCase()));
        assertThat(store.findAuth2g(id).orElseThrow().ki()).isEqualTo(KI);
        assertThat(store.findAuth3g(id).orElseThrow().k()).isEqualTo(K);
        assertThat(store.findAuth3g(id).orElseThrow().op()).isEqualTo(OPC);
        assertThat(DbFiles.queryString(file, "SELECT ki FROM auc_2g")).isEqualTo(KI);
    }

    @Test
    void rejects2gKiOfWrongLengthOrNotHex() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.COMP128V1, KI + "00")),
                IllegalArgumentException.class, "COMP128v1 Ki must be 32 hex digits, got 34 hex digits");
        assertFailsWithoutChange(() -> store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.COMP128V2,
                KI.substring(2))), IllegalArgumentException.class, "COMP128v2 Ki must be 32 hex digits");
        assertFailsWithoutChange(() -> store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.COMP128V1,
                "0123456789abcdef0123456789abcdeg")), IllegalArgumentException.class, "abcdeg'");
    }

    @Test
    void rejectsAlgorithmsThatAreNot2g() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.MILENAGE, KI)),
                IllegalArgumentException.class, "algorithm id 5 is not a 2G algorithm");
        assertFailsWithoutChange(() -> store.setAuth2g(IMSI, new AuthData2g(0, KI)),
                IllegalArgumentException.class, "algorithm id 0 is not a 2G algorithm");
        assertFailsWithoutChange(() -> store.setAuth2g(IMSI, new AuthData2g(42, KI)),
                IllegalArgumentException.class, "algorithm id 42");
    }

    @Test
    void setsReplacesAndClears3gAuthDataWithSqnAndIndBitlen() {
        AuthData3g milenage = new AuthData3g(AuthAlgorithm.MILENAGE.id(), K, null, OPC, 131, 5);
        store.setAuth3g(IMSI, milenage);
        assertThat(store.findAuth3g(id)).contains(milenage);
        AuthData3g stored = store.findAuth3g(id).orElseThrow();
        assertThat(stored.usesOp()).isFalse();
        assertThat(stored.algorithm()).contains(AuthAlgorithm.MILENAGE);

        AuthData3g withOp = AuthData3g.milenageWithOp(K, OPC).withIndBitlen(0);
        store.setAuth3g(IMSI, withOp);
        assertThat(store.findAuth3g(id)).contains(withOp);
        assertThat(store.findAuth3g(id).orElseThrow().usesOp()).isTrue();

        AuthData3g xor = AuthData3g.xor3g(K).withSqn((1L << 48) - 1).withIndBitlen(28);
        store.setAuth3g(IMSI, xor);
        assertThat(store.findAuth3g(id)).contains(xor);

        assertThat(store.clearAuth3g(IMSI)).isTrue();
        assertThat(store.findAuth3g(id)).isEmpty();
        assertThat(store.clearAuth3g(IMSI)).isFalse();
    }

    @Test
    void clearing3gLeaves2gAndTheOtherWayRound() {
        store.setAuth2g(IMSI, AuthData2g.of(AuthAlgorithm.COMP128V1, KI));
        store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC));
        store.clearAuth3g(IMSI);
        assertThat(store.findAuth2g(id)).isPresent();
        store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC));
        store.clearAuth2g(IMSI);
        assertThat(store.findAuth3g(id)).isPresent();
    }

    @Test
    void rejectsMilenageWithoutOrWithBothOpAndOpc() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI,
                        new AuthData3g(AuthAlgorithm.MILENAGE.id(), K, null, null, 0, 5)),
                IllegalArgumentException.class, "MILENAGE needs exactly one of OP and OPc, got neither");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI,
                        new AuthData3g(AuthAlgorithm.MILENAGE.id(), K, OPC, OPC, 0, 5)),
                IllegalArgumentException.class, "got both");
    }

    @Test
    void rejectsXor3gWithOpc() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI,
                        new AuthData3g(AuthAlgorithm.XOR_3G.id(), K, null, OPC, 0, 5)),
                IllegalArgumentException.class, "XOR-3G takes no OP or OPc");
    }

    @Test
    void rejects3gKeysOfWrongLength() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K.substring(1), OPC)),
                IllegalArgumentException.class, "MILENAGE K must be 32 hex digits, got 31 hex digits");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC + "0")),
                IllegalArgumentException.class, "MILENAGE OPc must be 32 hex digits");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOp(K, "xyz")),
                IllegalArgumentException.class, "MILENAGE OP must be 32 hex digits, got 'xyz'");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.xor3g(K + K)),
                IllegalArgumentException.class, "XOR-3G K must be 32 hex digits");
    }

    @Test
    void rejectsAlgorithmsThatAreNot3g() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI,
                        new AuthData3g(AuthAlgorithm.COMP128V1.id(), K, null, OPC, 0, 5)),
                IllegalArgumentException.class, "algorithm id 1 is not a 3G algorithm");
    }

    @Test
    void rejectsSqnBeyond48BitsAndBadIndBitlen() throws Exception {
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC).withSqn(1L << 48)),
                IllegalArgumentException.class, "SQN must be within 0 to 2^48-1");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC).withSqn(-1)),
                IllegalArgumentException.class, "SQN must be within 0 to 2^48-1");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC).withIndBitlen(29)),
                IllegalArgumentException.class, "IND bit length must be 0 to 28, got 29");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K, OPC).withIndBitlen(-1)),
                IllegalArgumentException.class, "IND bit length");
    }

    @Test
    void rejects256BitKeyInSchema6File() throws Exception {
        AuthData3g tuak = new AuthData3g(AuthAlgorithm.TUAK.id(), K_256, null, TOP_256, 0, 5);
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, tuak), IllegalArgumentException.class,
                "TUAK K is 256 bits, but this file has osmo-hlr schema 6");
        AuthData3g tuakShortK = new AuthData3g(AuthAlgorithm.TUAK.id(), K, null, TOP_256, 0, 5);
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, tuakShortK), IllegalArgumentException.class,
                "256-bit keys need a schema-7 file");
    }

    @Test
    void accepts256BitKeyInSchema7File() throws Exception {
        reopenAsSchema7();
        AuthData3g tuak = new AuthData3g(AuthAlgorithm.TUAK.id(), K_256, null, TOP_256, 7, 5);
        store.setAuth3g(IMSI, tuak);
        assertThat(store.findAuth3g(id)).contains(tuak);
        AuthData3g tuakShortK = new AuthData3g(AuthAlgorithm.TUAK.id(), K, TOP_256, null, 0, 5);
        store.setAuth3g(IMSI, tuakShortK);
        assertThat(store.findAuth3g(id)).contains(tuakShortK);
        assertThat(DbFiles.userVersion(file)).isEqualTo(7);
    }

    @Test
    void keepsMilenageAt128BitsEvenInSchema7File() throws Exception {
        reopenAsSchema7();
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI, AuthData3g.milenageWithOpc(K_256, OPC)),
                IllegalArgumentException.class, "MILENAGE K must be 32 hex digits");
        assertFailsWithoutChange(() -> store.setAuth3g(IMSI,
                        new AuthData3g(AuthAlgorithm.TUAK.id(), K, null, OPC, 0, 5)),
                IllegalArgumentException.class, "TUAK OPc must be 64 hex digits");
    }

    @Test
    void rejectsAuthChangesForUnknownImsi() throws Exception {
        String other = "901700000000002";
        assertFailsWithoutChange(() -> store.setAuth2g(other, AuthData2g.of(AuthAlgorithm.COMP128V1, KI)),
                UnknownSubscriberException.class, "no subscriber with IMSI " + other);
        assertFailsWithoutChange(() -> store.setAuth3g(other, AuthData3g.milenageWithOpc(K, OPC)),
                UnknownSubscriberException.class, "no subscriber with IMSI " + other);
        assertFailsWithoutChange(() -> store.clearAuth2g(other), UnknownSubscriberException.class, other);
        assertFailsWithoutChange(() -> store.clearAuth3g(other), UnknownSubscriberException.class, other);
    }

    @Test
    void readsRowsOtherProgramsWroteEvenWhenUnusable() throws Exception {
        DbFiles.execute(file,
                "INSERT INTO auc_2g (subscriber_id, algo_id_2g, ki) VALUES (" + id + ", 99, 'ABC')",
                "INSERT INTO auc_3g (subscriber_id, algo_id_3g, k, op, opc) VALUES (" + id + ", 5, 'K', 'OP', 'OPC')");
        AuthData2g twoG = store.findAuth2g(id).orElseThrow();
        assertThat(twoG).isEqualTo(new AuthData2g(99, "ABC"));
        assertThat(twoG.algorithm()).isEmpty();
        assertThat(store.findAuth3g(id)).contains(new AuthData3g(5, "K", "OP", "OPC", 0, 5));
    }

    @Test
    void keepsKeysOutOfToString() {
        assertThat(AuthData2g.of(AuthAlgorithm.COMP128V1, KI).toString()).doesNotContain(KI);
        assertThat(AuthData3g.milenageWithOp(K, OPC).toString()).doesNotContain(K).doesNotContain(OPC);
    }
}
