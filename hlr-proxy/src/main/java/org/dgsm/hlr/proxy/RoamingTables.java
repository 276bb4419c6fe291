package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.Octets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL on the roaming cache's tables {@code dgsm_roaming_visitor} and {@code dgsm_roaming_tuple} (schema step
 * {@code dgsm-002-roaming.sql}). Stateless; every method works on the connection it is given, inside the caller's
 * transaction. Public so that read-only tools ({@code dgsm roaming list}) can share the queries.
 */
public final class RoamingTables {

    private static final String VISITOR_COLUMNS = "imsi, home_address, msisdn, isd, cs_vlr, cs_via_proxy, "
            + "cs_lu_time, ps_vlr, ps_lu_time, last_home_contact, home_update_pending, updated";

    private RoamingTables() {
    }

    public static Optional<Visitor> findByImsi(Connection c, String imsi) throws SQLException {
        return findOne(c, "imsi", imsi);
    }

    public static Optional<Visitor> findByMsisdn(Connection c, String msisdn) throws SQLException {
        return findOne(c, "msisdn", msisdn);
    }

    /** All visitors, ordered by IMSI. */
    public static List<Visitor> list(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + VISITOR_COLUMNS
                + " FROM dgsm_roaming_visitor ORDER BY imsi")) {
            return readVisitors(s);
        }
    }

    /** Visitors whose home still has to learn a location update served from the cache. */
    public static List<Visitor> pendingHomeUpdates(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + VISITOR_COLUMNS
                + " FROM dgsm_roaming_visitor WHERE home_update_pending <> 0 ORDER BY imsi")) {
            return readVisitors(s);
        }
    }

    public static void save(Connection c, Visitor v) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO dgsm_roaming_visitor ("
                + VISITOR_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, v.imsi());
            s.setString(2, v.home() == null ? null : v.home().toString());
            s.setString(3, v.msisdn());
            s.setBytes(4, v.insertData() == null ? null : v.insertData().toByteArray());
            s.setString(5, v.csVlr());
            s.setInt(6, v.csViaProxy() ? 1 : 0);
            setTime(s, 7, v.csLocationUpdate());
            s.setString(8, v.psVlr());
            setTime(s, 9, v.psLocationUpdate());
            setTime(s, 10, v.lastHomeContact());
            s.setInt(11, v.homeUpdatePending() ? 1 : 0);
            setTime(s, 12, v.updated());
            s.executeUpdate();
        }
    }

    /** Removes the visitor and its tuples; false if it was not there. */
    public static boolean delete(Connection c, String imsi) throws SQLException {
        deleteTuples(c, imsi);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM dgsm_roaming_visitor WHERE imsi = ?")) {
            s.setString(1, imsi);
            return s.executeUpdate() > 0;
        }
    }

    /** IMSIs of visitors not updated since {@code before}. */
    public static List<String> updatedBefore(Connection c, Instant before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT imsi FROM dgsm_roaming_visitor WHERE updated < ? ORDER BY imsi")) {
            s.setLong(1, before.toEpochMilli());
            List<String> imsis = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    imsis.add(rs.getString(1));
                }
            }
            return imsis;
        }
    }

    public static void addTuples(Connection c, String imsi, List<AuthTuple> tuples, Instant fetched)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dgsm_roaming_tuple "
                + "(imsi, rand, sres, kc, ik, ck, autn, res, fetched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuthTuple t : tuples) {
                s.setString(1, imsi);
                setBytes(s, 2, t.rand());
                setBytes(s, 3, t.sres());
                setBytes(s, 4, t.kc());
                setBytes(s, 5, t.ik());
                setBytes(s, 6, t.ck());
                setBytes(s, 7, t.autn());
                setBytes(s, 8, t.res());
                s.setLong(9, fetched.toEpochMilli());
                s.executeUpdate();
            }
        }
    }

    /** Removes and returns up to {@code max} of the visitor's oldest tuples: each tuple leaves the stock once. */
    public static List<AuthTuple> takeTuples(Connection c, String imsi, int max) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<AuthTuple> tuples = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, rand, sres, kc, ik, ck, autn, res "
                + "FROM dgsm_roaming_tuple WHERE imsi = ? ORDER BY id LIMIT ?")) {
            s.setString(1, imsi);
            s.setInt(2, max);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    try {
                        tuples.add(new AuthTuple(octets(rs, 2), octets(rs, 3), octets(rs, 4), octets(rs, 5),
                                octets(rs, 6), octets(rs, 7), octets(rs, 8)));
                    } catch (IllegalArgumentException e) {
                        // a damaged row is dropped from the stock rather than sent to a VLR
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM dgsm_roaming_tuple WHERE id = ?")) {
            for (long id : ids) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
        return tuples;
    }

    public static int countTuples(Connection c, String imsi) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM dgsm_roaming_tuple WHERE imsi = ?")) {
            s.setString(1, imsi);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    public static void deleteTuples(Connection c, String imsi) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM dgsm_roaming_tuple WHERE imsi = ?")) {
            s.setString(1, imsi);
            s.executeUpdate();
        }
    }

    private static Optional<Visitor> findOne(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + VISITOR_COLUMNS + " FROM dgsm_roaming_visitor WHERE "
                + column + " = ? ORDER BY updated DESC LIMIT 1")) {
            s.setString(1, value);
            List<Visitor> found = readVisitors(s);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Visitor> readVisitors(PreparedStatement s) throws SQLException {
        List<Visitor> visitors = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String home = rs.getString(2);
                HomeAddress address = null;
                if (home != null) {
                    try {
                        address = HomeAddress.parse(home);
                    } catch (IllegalArgumentException e) {
                        address = null; // an unreadable address is looked up again
                    }
                }
                visitors.add(new Visitor(rs.getString(1), address, rs.getString(3), octets(rs, 4), rs.getString(5),
                        rs.getInt(6) != 0, time(rs, 7), rs.getString(8), time(rs, 9), time(rs, 10),
                        rs.getInt(11) != 0, time(rs, 12) == null ? Instant.EPOCH : time(rs, 12)));
            }
        }
        return visitors;
    }

    private static void setTime(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    private static Instant time(ResultSet rs, int index) throws SQLException {
        long millis = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setBytes(PreparedStatement s, int index, Octets value) throws SQLException {
        s.setBytes(index, value == null ? null : value.toByteArray());
    }

    private static Octets octets(ResultSet rs, int index) throws SQLException {
        byte[] bytes = rs.getBytes(index);
        return bytes == null ? null : Octets.of(bytes);
    }
}
