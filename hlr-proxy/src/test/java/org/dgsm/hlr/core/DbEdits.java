package org.dgsm.hlr.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Raw SQL on a test database, to put rows into shapes the store would not write (as another program might). */
final class DbEdits {

    private DbEdits() {
    }

    static void execute(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + sql, e);
        }
    }
}
