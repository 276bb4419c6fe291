package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsStatementsAtSemicolonsAndDropsCommentLines() {
        String script = "-- header; with a semicolon\nCREATE TABLE a (x INTEGER);\n\n  -- indented comment\n"
                + "CREATE TABLE b (\n\ty TEXT\n);\nPRAGMA user_version = 6\n";
        assertThat(SqlScript.split(script)).containsExactly(
                "CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n\ty TEXT\n)", "PRAGMA user_version = 6");
    }

    @Test
    void splitsNothingOutOfCommentsAndBlankLines() {
        assertThat(SqlScript.split("-- only a comment\n\n;\n")).isEmpty();
    }

    @Test
    void schema6ScriptHasSevenStatements() {
        assertThat(SqlScript.split(SqlScript.load("osmo-hlr-schema-6.sql")))
                .hasSize(7)
                .allSatisfy(sql -> assertThat(sql).startsWith("CREATE "));
    }

    @Test
    void everyMigrationStepResourceExists() {
        for (DgsmMigrations.Step step : DgsmMigrations.STEPS) {
            assertThat(SqlScript.split(SqlScript.load(step.resource()))).as(step.resource()).isNotEmpty();
        }
    }

    @Test
    void migrationStepsAreNumberedOneUpward() {
        for (int i = 0; i < DgsmMigrations.STEPS.size(); i++) {
            assertThat(DgsmMigrations.STEPS.get(i).version()).isEqualTo(i + 1);
        }
    }

    @Test
    void missingResourceIsReportedByName() {
        assertThatThrownBy(() -> SqlScript.load("no-such.sql"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/dgsm/hlr/store/no-such.sql");
    }
}
