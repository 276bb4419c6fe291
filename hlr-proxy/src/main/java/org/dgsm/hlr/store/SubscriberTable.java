package org.dgsm.hlr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SQL on osmo-hlr's {@code subscriber} table and the rows that hang off a subscriber id. */
final class SubscriberTable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberTable.class);

    private static final String SELECT = "SELECT id, imsi, msisdn, imei, vlr_number, sgsn_number, nam_cs, nam_ps,"
            + " ms_purged_cs, ms_purged_ps, last_lu_seen, last_lu_seen_ps, vlr_via_proxy, sgsn_via_proxy"
            + " FROM subscriber";

    /**
     * Tables whose rows belong to a subscriber id. They have no foreign keys (osmo-hlr's schema declares none) and
     * {@code subscriber.id} is a plain rowid that SQLite may hand out again after the highest id was deleted, so
     * deleting a subscriber must delete these rows too, or a new subscriber would inherit them.
     */
    private static final List<String> DEPENDENT_TABLES =
            List.of("auc_2g", "auc_3g", "subscriber_apn", "subscriber_multi_msisdn");

    private SubscriberTable() {
    }

    static Optional<Subscriber> findByImsi(Connection c, String imsi) throws SQLException {
        return findOne(c, SELECT + " WHERE imsi = ?", imsi);
    }

    static Optional<Subscriber> findByMsisdn(Connection c, String msisdn) throws SQLException {
        return findOne(c, SELECT + " WHERE msisdn = ?", msisdn);
    }

    static Optional<Subscriber> findById(Connection c, long id) throws SQLException {
        return findOne(c, SELECT + " WHERE id = ?", id);
    }

    static List<Subscriber> all(Connection c) throws SQLException {
        List<Subscriber> subscribers = new ArrayList<>();
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery(SELECT + " ORDER BY id")) {
            while (rs.next()) {
                subscribers.add(map(rs));
            }
        }
        return subscribers;
    }

    /** Inserts with osmo-hlr's defaults (both NAMs allowed, not purged) and returns the new id. */
    static long insert(Connection c, String imsi, String msisdn) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "INSERT INTO subscriber (imsi, msisdn) VALUES (?, ?)")) {
            statement.setString(1, imsi);
            setNullableString(statement, 2, msisdn);
            statement.executeUpdate();
            return lastInsertRowid(c);
        }
    }

    /** {@code UPDATE subscriber SET <assignments> WHERE id = ?}; values are bound in order, then the id. */
    static void update(Connection c, long id, String assignments, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "UPDATE subscriber SET " + assignments + " WHERE id = ?")) {
            int index = 1;
            for (Object value : values) {
                if (value == null) {
                    statement.setNull(index++, Types.NULL);
                } else {
                    statement.setObject(index++, value);
                }
            }
            statement.setLong(index, id);
            if (statement.executeUpdate() != 1) {
                throw new SQLException("UPDATE of subscriber id " + id + " did not change exactly one row");
            }
        }
    }

    static void deleteWithDependentRows(Connection c, long id) throws SQLException {
        for (String table : DEPENDENT_TABLES) {
            try (PreparedStatement statement = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE subscriber_id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
        try (PreparedStatement statement = c.prepareStatement("DELETE FROM subscriber WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** The rowid of this connection's last INSERT (SQLite keeps it per connection, and we hold the lock). */
    static long lastInsertRowid(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            if (!rs.next()) {
                throw new SQLException("last_insert_rowid() returned no row");
            }
            return rs.getLong(1);
        }
    }

    static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static Optional<Subscriber> findOne(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static Subscriber map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Subscriber(
                id,
                rs.getString("imsi"),
                rs.getString("msisdn"),
                rs.getString("imei"),
                rs.getString("vlr_number"),
                rs.getString("sgsn_number"),
                rs.getInt("nam_cs") != 0,
                rs.getInt("nam_ps") != 0,
                rs.getInt("ms_purged_cs") != 0,
                rs.getInt("ms_purged_ps") != 0,
                timestamp(id, "last_lu_seen", rs.getString("last_lu_seen")),
                timestamp(id, "last_lu_seen_ps", rs.getString("last_lu_seen_ps")),
                rs.getString("vlr_via_proxy"),
                rs.getString("sgsn_via_proxy"));
    }

    /** A value another program wrote in an unexpected form is reported and read as "never", not as an error. */
    private static Instant timestamp(long id, String column, String text) {
        if (text == null) {
            return null;
        }
        Optional<Instant> instant = OsmoTimestamp.parse(text);
        if (instant.isEmpty()) {
            LOG.warn("subscriber id {}: {} '{}' is not a 'YYYY-MM-DD HH:MM:SS' UTC time; read as none",
                    id, column, SubscriberIdentifiers.printable(text));
        }
        return instant.orElse(null);
    }
}
