package org.dgsm.node.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriberCommandTest {

    private static final String KI = "eb215756028d60e3275e613320aec880";
    private static final String OPC = "fb2a3d1b360f599abab99db8669f8308";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("var/hlr.db").toString();
    }

    @Test
    void addsListsShowsUpdatesAndDeletes() {
        CliRun add = CliRun.of("subscriber", "add", "--db", db(), "--imsi", "901700000014701", "--msisdn", "1001",
                "--ki", KI, "--algo2g", "comp128v1", "--k", KI, "--opc", OPC, "--algo3g", "milenage");
        assertThat(add.exitCode()).as(add.stderr()).isZero();
        assertThat(add.stdout()).contains("added subscriber 901700000014701 msisdn 1001");

        CliRun list = CliRun.of("subscriber", "list", "--db", db(), "-f", "json");
        assertThat(list.stdout()).contains("\"imsi\" : \"901700000014701\"", "\"algorithm\" : \"COMP128v1\"",
                "\"algorithm\" : \"MILENAGE\"").doesNotContain(KI).doesNotContain(OPC);

        CliRun show = CliRun.of("subscriber", "show", "--db", db(), "--msisdn", "1001");
        assertThat(show.stdout()).contains("\"ki\" : \"" + KI + "\"", "\"opc\" : \"" + OPC + "\"");

        CliRun update = CliRun.of("subscriber", "update", "--db", db(), "--imsi", "901700000014701", "--msisdn", "2002",
                "--cs", "off", "--no-auth2g");
        assertThat(update.exitCode()).as(update.stderr()).isZero();
        CliRun shown = CliRun.of("subscriber", "show", "--db", db(), "--imsi", "901700000014701");
        assertThat(shown.stdout()).contains("\"msisdn\" : \"2002\"", "\"cs_enabled\" : false").doesNotContain("auth2g");

        assertThat(CliRun.of("subscriber", "delete", "--db", db(), "--imsi", "901700000014701").exitCode()).isZero();
        assertThat(CliRun.of("subscriber", "list", "--db", db(), "-f", "json").stdout().strip()).isEqualTo("[ ]");
    }

    @Test
    void duplicateImsiIsRefusedAndNothingChanges() throws Exception {
        CliRun.of("subscriber", "add", "--db", db(), "--imsi", "901700000014701", "--msisdn", "1001");
        byte[] before = Files.readAllBytes(Path.of(db()));
        CliRun again = CliRun.of("subscriber", "add", "--db", db(), "--imsi", "901700000014701", "--msisdn", "1002");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("ERROR: IMSI 901700000014701 already exists");
        assertThat(CliRun.of("subscriber", "show", "--db", db(), "--imsi", "901700000014701").stdout())
                .contains("\"msisdn\" : \"1001\"");
        assertThat(Files.readAllBytes(Path.of(db()))).isEqualTo(before);
    }

    @Test
    void badImsiIsAUsageErrorThatNamesTheRule() {
        CliRun run = CliRun.of("subscriber", "add", "--db", db(), "--imsi", "12345");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).containsIgnoringCase("IMSI").contains("12345");
    }

    @Test
    void keyOfTheWrongLengthIsRefusedAndNoSubscriberIsLeftBehind() {
        CliRun run = CliRun.of("subscriber", "add", "--db", db(), "--imsi", "901700000014701", "--ki", "abcd");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("subscriber", "show", "--db", db(), "--imsi", "901700000014701").exitCode()).isEqualTo(1);
    }

    @Test
    void milenageWithoutOpcIsRefused() {
        CliRun run = CliRun.of("subscriber", "add", "--db", db(), "--imsi", "901700000014701", "--k", KI);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("MILENAGE needs --opc or --op");
    }

    @Test
    void unknownSubscriberIsReported() {
        CliRun run = CliRun.of("subscriber", "delete", "--db", db(), "--imsi", "901700000099999");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("no subscriber with IMSI 901700000099999");
    }
}
