package org.dgsm.hlr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/** SQL on osmo-hlr's {@code auc_2g}, {@code auc_3g} and {@code ind} tables. */
final class AuthTables {

    private AuthTables() {
    }

    static Optional<AuthData2g> find2g(Connection c, long subscriberId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT algo_id_2g, ki FROM auc_2g WHERE subscriber_id = ?")) {
            statement.setLong(1, subscriberId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new AuthData2g(rs.getInt(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    static Optional<AuthData3g> find3g(Connection c, long subscriberId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT algo_id_3g, k, op, opc, sqn, ind_bitlen FROM auc_3g WHERE subscriber_id = ?")) {
            statement.setLong(1, subscriberId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AuthData3g(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getInt(6)));
            }
        }
    }

    static void put2g(Connection c, long subscriberId, AuthData2g data) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "INSERT OR REPLACE INTO auc_2g (subscriber_id, algo_id_2g, ki) VALUES (?, ?, ?)")) {
            statement.setLong(1, subscriberId);
            statement.setInt(2, data.algorithmId());
            statement.setString(3, data.ki());
            statement.executeUpdate();
        }
    }

    static void put3g(Connection c, long subscriberId, AuthData3g data) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("INSERT OR REPLACE INTO auc_3g"
                + " (subscriber_id, algo_id_3g, k, op, opc, sqn, ind_bitlen) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, subscriberId);
            statement.setInt(2, data.algorithmId());
            statement.setString(3, data.k());
            SubscriberTable.setNullableString(statement, 4, data.op());
            SubscriberTable.setNullableString(statement, 5, data.opc());
            statement.setLong(6, data.sqn());
            statement.setInt(7, data.indBitlen());
            statement.executeUpdate();
        }
    }

    /** Returns whether a row was there. */
    static boolean delete(Connection c, String table, long subscriberId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "DELETE FROM " + table + " WHERE subscriber_id = ?")) {
            statement.setLong(1, subscriberId);
            return statement.executeUpdate() > 0;
        }
    }

    /** The stored SQN, or empty if the subscriber has no 3G row. */
    static OptionalLong sqn(Connection c, long subscriberId) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT sqn FROM auc_3g WHERE subscriber_id = ?")) {
            statement.setLong(1, subscriberId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Sets the SQN only if it still is {@code expected}; returns whether it did. */
    static boolean compareAndSetSqn(Connection c, long subscriberId, long expected, long next) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "UPDATE auc_3g SET sqn = ? WHERE subscriber_id = ? AND sqn = ?")) {
            statement.setLong(1, next);
            statement.setLong(2, subscriberId);
            statement.setLong(3, expected);
            return statement.executeUpdate() == 1;
        }
    }

    /** The IND of a VLR name, inserting the name first if it is new (its rowid becomes its IND). */
    static long indFor(Connection c, String vlr) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT ind FROM ind WHERE vlr = ?")) {
            select.setString(1, vlr);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO ind (vlr) VALUES (?)")) {
            insert.setString(1, vlr);
            insert.executeUpdate();
            return SubscriberTable.lastInsertRowid(c);
        }
    }
}
