package org.dgsm.hlr.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct JDBC access to a database file, independent of the store, for setting up and checking tests. */
final class DbFiles {

    private DbFiles() {
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** Runs statements on the file in its own connection. */
    static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Creates a file like the one osmo-hlr 1.9 creates: the schema-7 DDL of hlr-auc.md §1, user_version 7. */
    static void createSchema7(Path file) throws SQLException, IOException {
        createFromTestScript(file, "/store/osmo-hlr-schema-7.sql", 7);
    }

    /** Creates schema-6 tables (our main resource) but stamps the given user_version. */
    static void createSchema6Tables(Path file, int userVersion) throws SQLException {
        List<String> statements = new ArrayList<>(SqlScript.split(SqlScript.load("osmo-hlr-schema-6.sql")));
        statements.add("PRAGMA user_version = " + userVersion);
        execute(file, statements.toArray(String[]::new));
    }

    private static void createFromTestScript(Path file, String resource, int userVersion)
            throws SQLException, IOException {
        String script;
        try (InputStream in = DbFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>(SqlScript.split(script));
        statements.add("PRAGMA user_version = " + userVersion);
        execute(file, statements.toArray(String[]::new));
    }

    static String queryString(Path file, String sql) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static int userVersion(Path file) throws SQLException {
        return Integer.parseInt(queryString(file, "PRAGMA user_version"));
    }

    static List<String> tableNames(Path file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * Everything a test can observe in the file: user_version, the schema and every row of every table, as text.
     * Two equal snapshots mean the file was not changed.
     */
    static String snapshot(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                out.append("user_version=").append(rs.next() ? rs.getInt(1) : -1).append('\n');
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(": ")
                            .append(rs.getString(3)).append('\n');
                    if ("table".equals(rs.getString(1))) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String table : tables) {
                out.append("-- rows of ").append(table).append('\n');
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The osmo-hlr schema as SQLite sees it, without the DDL text: per table every column (name, declared type,
     * not-null, default, primary key) and every index (name, unique, origin, columns). Two files with equal
     * structures are the same to osmo-hlr.
     */
    static String structure(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'dgsm\\_%' ESCAPE '\\' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                out.append("table ").append(table).append('\n');
                try (ResultSet rs = s.executeQuery("SELECT cid, name, type, \"notnull\", dflt_value, pk"
                        + " FROM pragma_table_info('" + table + "') ORDER BY cid")) {
                    while (rs.next()) {
                        out.append("  column ").append(rs.getInt(1)).append(' ').append(rs.getString(2))
                                .append(' ').append(rs.getString(3)).append(" notnull=").append(rs.getInt(4))
                                .append(" default=").append(rs.getString(5)).append(" pk=").append(rs.getInt(6))
                                .append('\n');
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT l.name, l.\"unique\", l.origin, l.partial,"
                        + " (SELECT group_concat(i.name) FROM pragma_index_info(l.name) i)"
                        + " FROM pragma_index_list('" + table + "') l ORDER BY l.name")) {
                    while (rs.next()) {
                        out.append("  index ").append(rs.getString(1)).append(" unique=").append(rs.getInt(2))
                                .append(" origin=").append(rs.getString(3)).append(" partial=")
                                .append(rs.getInt(4)).append(" columns=").append(rs.getString(5)).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
