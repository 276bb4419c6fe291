package org.dgsm.hlr.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Our SQL files under {@code org/dgsm/hlr/store/}: statements end with {@code ;}, lines starting with {@code --}
 * are comments. The files are ours, so there is no need to handle semicolons inside string literals.
 */
final class SqlScript {

    private SqlScript() {
    }

    /** Runs every statement of the resource on the connection (inside the caller's transaction). */
    static void run(Connection connection, String resourceName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : split(load(resourceName))) {
                statement.executeUpdate(sql);
            }
        }
    }

    static String load(String resourceName) {
        try (InputStream in = SqlScript.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("SQL resource missing from the class path: org/dgsm/hlr/store/"
                        + resourceName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + resourceName, e);
        }
    }

    static List<String> split(String script) {
        StringBuilder withoutComments = new StringBuilder(script.length());
        for (String line : script.split("\n", -1)) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : withoutComments.toString().split(";")) {
            String sql = part.strip();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }
}
