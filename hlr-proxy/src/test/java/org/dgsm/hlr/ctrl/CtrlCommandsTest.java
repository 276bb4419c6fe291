package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour the osmo-hlr transcript does not show: the documented differences and rows that osmo-hlr itself never
 * writes. Everything else is checked against osmo-hlr's own answers by CtrlTranscriptTest and CtrlInteropTest.
 */
class CtrlCommandsTest {

    @TempDir
    Path dir;

    private SubscriberStore store;
    private CtrlCommands commands;

    @BeforeEach
    void open() {
        store = SubscriberStore.open(dir.resolve("hlr.db"));
        CtrlScenario.provision(store);
        commands = new CtrlCommands(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String get(String variable) {
        return answer(CtrlCommand.get("1", variable));
    }

    private String set(String variable, String value) {
        return answer(CtrlCommand.set("2", variable, value));
    }

    private String answer(CtrlCommand command) {
        Optional<CtrlCommand> answer = commands.handle(command);
        assertThat(answer).isPresent();
        CtrlCommand a = answer.get();
        return a.type() + " " + a.value();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void xor3gIsStoredWithoutTheGivenOpcAndShownWithZeroOpc() {
        assertThat(set("subscriber.by-id-4.aud3g", "xor,000102030405060708090a0b0c0d0e0f,opc,"
                + "101112131415161718191a1b1c1d1e1f,7")).isEqualTo("SET_REPLY OK");
        AuthData3g stored = store.findAuth3g(4).orElseThrow();
        assertThat(stored.algorithmId()).isEqualTo(AuthAlgorithm.XOR_3G.id());
        assertThat(stored.op()).isNull();
        assertThat(stored.opc()).as("no OPc, or the zeros osmo-hlr's VTY writes for XOR-3G")
                .satisfiesAnyOf(opc -> assertThat(opc).isNull(), opc -> assertThat(opc).matches("0{32}"));
        assertThat(stored.indBitlen()).isEqualTo(7);
        assertThat(get("subscriber.by-id-4.aud3g"))
                .isEqualTo("GET_REPLY XOR,000102030405060708090a0b0c0d0e0f,OPC,00000000000000000000000000000000,7");
    }

    @Test
    void xor3gRowWithoutOpcIsShownWithZeroOpc() throws Exception {
        sql("INSERT INTO auc_3g (subscriber_id, algo_id_3g, k, op, opc, sqn, ind_bitlen)"
                + " VALUES (4, 4, '000102030405060708090a0b0c0d0e0f', NULL, NULL, 3, 5)");
        assertThat(get("subscriber.by-id-4.info-aud")).isEqualTo("GET_REPLY \naud3g.algo\tXOR"
                + "\naud3g.k\t000102030405060708090a0b0c0d0e0f\naud3g.opc\t00000000000000000000000000000000"
                + "\naud3g.ind_bitlen\t5\naud3g.sqn\t3");
    }

    @Test
    void settingMilenageStoresOpOrOpcAndRestartsSqnAtZero() {
        assertThat(set("subscriber.by-id-2.aud3g", "MILENAGE,FFEEDDCCBBAA99887766554433221100,OP,"
                + "00112233445566778899aabbccddeeff")).isEqualTo("SET_REPLY OK");
        AuthData3g stored = store.findAuth3g(2).orElseThrow();
        assertThat(stored.op()).isEqualTo("00112233445566778899aabbccddeeff");
        assertThat(stored.opc()).isNull();
        assertThat(stored.k()).isEqualTo("ffeeddccbbaa99887766554433221100");
        assertThat(stored.sqn()).isZero();
        assertThat(stored.indBitlen()).isEqualTo(5);
    }

    @Test
    void processCountersOfOsmoHlrDoNotExist() {
        assertThat(get("rate_ctr.abs.foo.0.bar")).isEqualTo("ERROR Command not found");
        assertThat(get("counter.foo")).isEqualTo("ERROR Command not found");
        assertThat(get("fsm.foo.bar")).isEqualTo("ERROR Command not found");
    }

    @Test
    void algorithmsUnknownToOsmoHlr15AreNamedAsItWouldNameThem() {
        store.setAuth2g(CtrlScenario.IMSI_4, new AuthData2g(AuthAlgorithm.XOR_2G.id(), "00112233445566778899aabbccddeeff"));
        assertThat(get("subscriber.by-id-4.aud2g")).isEqualTo("GET_REPLY unknown 0x6,00112233445566778899aabbccddeeff");
    }

    @Test
    void keysWrittenInUpperCaseByOtherToolsAreShownInLowerCase() throws Exception {
        sql("UPDATE auc_2g SET ki = '000102030405060708090A0B0C0D0E0F' WHERE subscriber_id = 1");
        assertThat(get("subscriber.by-id-1.aud2g")).isEqualTo("GET_REPLY COMP128v1,000102030405060708090a0b0c0d0e0f");
    }

    @Test
    void a2gRowWithAKeyOsmoHlrCannotReadIsLeftOut() throws Exception {
        sql("UPDATE auc_2g SET ki = '0011' WHERE subscriber_id = 3");
        assertThat(get("subscriber.by-id-3.aud2g")).isEqualTo("GET_REPLY none");
        assertThat(get("subscriber.by-id-3.info-aud")).startsWith("GET_REPLY \naud3g.algo\tMILENAGE");
    }

    @Test
    void a3gRowOsmoHlrCannotReadMakesTheAuthAnswersFail() throws Exception {
        sql("UPDATE auc_3g SET k = '0011' WHERE subscriber_id = 3");
        assertThat(get("subscriber.by-id-3.info-aud")).isEqualTo("ERROR Error retrieving authentication data.");
        assertThat(get("subscriber.by-id-3.info-all")).isEqualTo("ERROR Error retrieving authentication data.");
        assertThat(get("subscriber.by-id-3.aud2g")).isEqualTo("ERROR Error retrieving data from database.");
        assertThat(get("subscriber.by-id-3.aud3g")).isEqualTo("ERROR Error retrieving data from database.");
        assertThat(get("subscriber.by-id-3.info")).startsWith("GET_REPLY \nid\t3");
    }

    @Test
    void milenageRowWithoutOpOrOpcCannotBeRead() throws Exception {
        sql("UPDATE auc_3g SET opc = NULL WHERE subscriber_id = 2");
        assertThat(get("subscriber.by-id-2.aud3g")).isEqualTo("ERROR Error retrieving data from database.");
    }

    @Test
    void commandsOnAClosedStoreFailWithoutAnswerText() {
        store.close();
        assertThat(get("subscriber.by-id-1.info")).isEqualTo("ERROR " + "An unknown error has occurred during get_subscriber().");
    }
}
