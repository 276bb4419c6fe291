package org.dgsm.hlr.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * dgsm-node's own tables (all named {@code dgsm_...}) and their schema version, kept in {@code dgsm_meta} row
 * {@code schema_version} and never in osmo-hlr's {@code PRAGMA user_version}. Steps are SQL resources applied in
 * order; a file gets all missing steps in one transaction together with the new version number. To grow the
 * schema, append a step: never edit a step that has shipped.
 */
final class DgsmMigrations {

    /** One schema step: after running {@code resource}, the file is at {@code version}. */
    record Step(int version, String resource) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "dgsm-001-meta.sql"),
            new Step(2, "dgsm-002-roaming.sql"));

    static final String META_TABLE = "dgsm_meta";
    static final String VERSION_KEY = "schema_version";

    private DgsmMigrations() {
    }

    static int latestVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /**
     * Inside a write transaction: applies the steps the file lacks and returns the resulting version.
     *
     * @throws UnsupportedSchemaException if the file was written by a newer dgsm-node
     */
    static int migrate(Connection connection, Path file) throws SQLException {
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new UnsupportedSchemaException(file + " has dgsm-node schema version " + current
                    + ", written by a newer dgsm-node (this one knows up to " + latestVersion() + ")");
        }
        if (current == latestVersion()) {
            return current;
        }
        for (Step step : STEPS) {
            if (step.version() > current) {
                SqlScript.run(connection, step.resource());
                current = step.version();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR REPLACE INTO " + META_TABLE + " (name, value) VALUES (?, ?)")) {
            statement.setString(1, VERSION_KEY);
            statement.setString(2, Integer.toString(current));
            statement.executeUpdate();
        }
        return current;
    }

    /** 0 for a file without our tables. */
    static int currentVersion(Connection connection) throws SQLException {
        if (!OsmoSchema.tableNames(connection).contains(META_TABLE)) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT value FROM " + META_TABLE + " WHERE name = ?")) {
            statement.setString(1, VERSION_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                String value = rs.getString(1);
                try {
                    return Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new UnsupportedSchemaException("dgsm_meta." + VERSION_KEY + " is not a number: '"
                            + SubscriberIdentifiers.printable(String.valueOf(value)) + "'");
                }
            }
        }
    }
}
