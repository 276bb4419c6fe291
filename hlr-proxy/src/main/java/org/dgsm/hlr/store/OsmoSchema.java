package org.dgsm.hlr.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * osmo-hlr's part of the file: its tables and its schema version in {@code PRAGMA user_version}. We create schema 6
 * (osmo-hlr 1.5) in an empty file, open schema 6 and 7 (osmo-hlr 1.9) in place, and never change the version:
 * upgrading is osmo-hlr's business ({@code osmo-hlr --db-upgrade}), and a file we wrote must stay openable by the
 * osmo-hlr that wrote it.
 */
final class OsmoSchema {

    static final int CREATED_VERSION = 6;
    static final int NEWEST_KNOWN_VERSION = 7;
    private static final String CREATE_SCRIPT = "osmo-hlr-schema-6.sql";

    /** The columns this store reads or writes, per osmo-hlr table. */
    private static final Map<String, List<String>> REQUIRED_COLUMNS = requiredColumns();

    private OsmoSchema() {
    }

    /**
     * Inside a write transaction: creates schema 6 if the file is empty, otherwise checks that it holds schema 6
     * or 7 with the tables we use. Returns the schema version.
     *
     * @throws UnsupportedSchemaException for any other file (the caller's rollback leaves it unchanged)
     */
    static int createOrVerify(Connection connection, Path file) throws SQLException {
        int version = userVersion(connection);
        Set<String> tables = tableNames(connection);
        if (version == 0 && tables.isEmpty()) {
            SqlScript.run(connection, CREATE_SCRIPT);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("PRAGMA user_version = " + CREATED_VERSION);
            }
            return CREATED_VERSION;
        }
        if (version == 0) {
            throw new UnsupportedSchemaException(file + (tables.contains("subscriber")
                    ? " has osmo-hlr schema version 0, older than osmo-hlr 1.5's schema 6; upgrade it first by"
                            + " running osmo-hlr 1.5 or newer once with --db-upgrade"
                    : " is not an osmo-hlr database (it has tables but no subscriber table)"));
        }
        if (version < CREATED_VERSION) {
            throw new UnsupportedSchemaException(file + " has osmo-hlr schema version " + version
                    + ", older than osmo-hlr 1.5's schema 6; upgrade it first by running osmo-hlr 1.5 or newer once"
                    + " with --db-upgrade");
        }
        if (version > NEWEST_KNOWN_VERSION) {
            throw new UnsupportedSchemaException(file + " has osmo-hlr schema version " + version
                    + ", unknown to this dgsm-node (it knows 6 and 7)");
        }
        for (Map.Entry<String, List<String>> table : REQUIRED_COLUMNS.entrySet()) {
            if (!tables.contains(table.getKey())) {
                throw new UnsupportedSchemaException(file + " claims osmo-hlr schema version " + version
                        + " but has no table " + table.getKey());
            }
            Set<String> columns = columnNames(connection, table.getKey());
            for (String column : table.getValue()) {
                if (!columns.contains(column)) {
                    throw new UnsupportedSchemaException(file + " claims osmo-hlr schema version " + version
                            + " but its table " + table.getKey() + " has no column " + column);
                }
            }
        }
        return version;
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static Set<String> tableNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Set<String> columnNames(Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static Map<String, List<String>> requiredColumns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("subscriber", List.of("id", "imsi", "msisdn", "imei", "vlr_number", "sgsn_number", "nam_cs",
                "nam_ps", "ms_purged_cs", "ms_purged_ps", "last_lu_seen", "last_lu_seen_ps", "vlr_via_proxy",
                "sgsn_via_proxy"));
        columns.put("subscriber_apn", List.of("subscriber_id"));
        columns.put("subscriber_multi_msisdn", List.of("subscriber_id"));
        columns.put("auc_2g", List.of("subscriber_id", "algo_id_2g", "ki"));
        columns.put("auc_3g", List.of("subscriber_id", "algo_id_3g", "k", "op", "opc", "sqn", "ind_bitlen"));
        columns.put("ind", List.of("ind", "vlr"));
        return Map.copyOf(columns);
    }
}
