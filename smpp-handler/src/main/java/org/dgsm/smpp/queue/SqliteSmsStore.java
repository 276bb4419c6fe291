package org.dgsm.smpp.queue;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.message.MalformedTlvException;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.SmsId;
import org.dgsm.smpp.message.TlvCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue in its own SQLite file (WAL journal, {@code synchronous=FULL}: a message acknowledged to its sender must
 * survive a power cut). One connection, used by one thread at a time (the router's); every {@link #apply} is one
 * {@code BEGIN IMMEDIATE} transaction.
 */
public final class SqliteSmsStore implements SmsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteSmsStore.class);
    private static final int SCHEMA_VERSION = 1;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final String COLUMNS = "id, kind, origin, route, target, state, reply_to, ref, smsc_message_id,"
            + " attempts, created_at, expires_at, next_attempt_at, last_error, service_type, source_ton, source_npi,"
            + " source_addr, dest_ton, dest_npi, dest_addr, esm_class, protocol_id, priority_flag,"
            + " schedule_delivery_time, validity_period, registered_delivery, replace_if_present, data_coding,"
            + " sm_default_msg_id, short_message, tlvs";

    private final Path file;
    private final Connection connection;

    private SqliteSmsStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the queue file and its schema. */
    public static SqliteSmsStore open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("cannot open SMS queue " + file + ": " + e.getMessage(), e);
        }
        SqliteSmsStore store = new SqliteSmsStore(file, connection);
        try {
            store.createSchema();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Reads the queue of a file another process may be using (for {@code dgsm sms queue}); times in the result are
     * as stored, in-flight attempts are not visible.
     */
    public static List<QueuedSms> readQueue(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            throw new StoreException("no SMS queue at " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            SqliteSmsStore reader = new SqliteSmsStore(file, c);
            return reader.loadAll().stream().map(r -> QueuedSms.of(r, false)).toList();
        } catch (SQLException e) {
            throw new StoreException("cannot read SMS queue " + file + ": " + e.getMessage(), e);
        }
    }

    private void createSchema() {
        write("create the schema", () -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS sms_queue ("
                        + " id BLOB PRIMARY KEY CHECK (length(id) = 16),"
                        + " kind TEXT NOT NULL, origin TEXT NOT NULL, route TEXT NOT NULL, target TEXT,"
                        + " state TEXT NOT NULL, reply_to TEXT, ref BLOB, smsc_message_id TEXT,"
                        + " attempts INTEGER NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
                        + " next_attempt_at INTEGER NOT NULL, last_error TEXT,"
                        + " service_type TEXT NOT NULL, source_ton INTEGER NOT NULL, source_npi INTEGER NOT NULL,"
                        + " source_addr TEXT NOT NULL, dest_ton INTEGER NOT NULL, dest_npi INTEGER NOT NULL,"
                        + " dest_addr TEXT NOT NULL, esm_class INTEGER NOT NULL, protocol_id INTEGER NOT NULL,"
                        + " priority_flag INTEGER NOT NULL, schedule_delivery_time TEXT NOT NULL,"
                        + " validity_period TEXT NOT NULL, registered_delivery INTEGER NOT NULL,"
                        + " replace_if_present INTEGER NOT NULL, data_coding INTEGER NOT NULL,"
                        + " sm_default_msg_id INTEGER NOT NULL, short_message BLOB NOT NULL, tlvs BLOB NOT NULL)");
                s.executeUpdate("CREATE TABLE IF NOT EXISTS sms_seen ("
                        + " id BLOB PRIMARY KEY CHECK (length(id) = 16), seen_at INTEGER NOT NULL)");
                s.executeUpdate("CREATE INDEX IF NOT EXISTS sms_seen_at ON sms_seen (seen_at)");
                int version;
                try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version == 0) {
                    s.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
                } else if (version != SCHEMA_VERSION) {
                    throw new StoreException("SMS queue " + file + " has schema version " + version
                            + ", this program knows " + SCHEMA_VERSION);
                }
            }
        });
    }

    public Path file() {
        return file;
    }

    /** The value of a PRAGMA on this connection, for checks ({@code journal_mode}, {@code synchronous}). */
    public String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot read PRAGMA " + name + " of " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<SmsRecord> loadAll() {
        List<SmsRecord> records = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM sms_queue ORDER BY created_at, rowid")) {
            while (rs.next()) {
                try {
                    records.add(decode(rs));
                } catch (IllegalArgumentException | MalformedTlvException | UnknownHostException e) {
                    LOG.error("skipping undecodable row of SMS queue {}: {}", file, e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot load SMS queue " + file + ": " + e.getMessage(), e);
        }
        return records;
    }

    @Override
    public boolean isSeen(SmsId id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM sms_seen WHERE id = ?")) {
            ps.setBytes(1, id.bytes());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up SMS id " + id + " in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void apply(List<StoreChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        write("apply " + changes.size() + " change(s)", () -> {
            for (StoreChange change : changes) {
                if (change instanceof StoreChange.Insert insert) {
                    insert(insert.record());
                } else if (change instanceof StoreChange.Update update) {
                    update(update.record());
                } else if (change instanceof StoreChange.Delete delete) {
                    delete(delete.id());
                } else if (change instanceof StoreChange.MarkSeen seen) {
                    markSeen(seen.id(), seen.at());
                }
            }
        });
    }

    @Override
    public int purgeSeen(long before) {
        int[] purged = new int[1];
        write("purge seen ids", () -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sms_seen WHERE seen_at < ?")) {
                ps.setLong(1, before);
                purged[0] = ps.executeUpdate();
            }
        });
        return purged[0];
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing SMS queue {}: {}", file, e.getMessage());
        }
    }

    private void insert(SmsRecord r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO sms_queue (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                        + "?,?,?,?,?)")) {
            ShortMessage m = r.message();
            int i = 1;
            ps.setBytes(i++, r.id().bytes());
            ps.setString(i++, r.kind().name());
            ps.setString(i++, r.origin().name());
            ps.setString(i++, r.route().name());
            setAddress(ps, i++, r.target());
            ps.setString(i++, r.state().name());
            setAddress(ps, i++, r.replyTo());
            if (r.reference() == null) {
                ps.setNull(i++, Types.BLOB);
            } else {
                ps.setBytes(i++, r.reference().bytes());
            }
            ps.setString(i++, r.smscMessageId());
            ps.setInt(i++, r.attempts());
            ps.setLong(i++, r.createdAt());
            ps.setLong(i++, r.expiresAt());
            ps.setLong(i++, r.nextAttemptAt());
            ps.setString(i++, r.lastError());
            ps.setString(i++, m.serviceType());
            ps.setInt(i++, m.source().ton());
            ps.setInt(i++, m.source().npi());
            ps.setString(i++, m.source().address());
            ps.setInt(i++, m.destination().ton());
            ps.setInt(i++, m.destination().npi());
            ps.setString(i++, m.destination().address());
            ps.setInt(i++, m.esmClass());
            ps.setInt(i++, m.protocolId());
            ps.setInt(i++, m.priorityFlag());
            ps.setString(i++, m.scheduleDeliveryTime());
            ps.setString(i++, m.validityPeriod());
            ps.setInt(i++, m.registeredDelivery());
            ps.setInt(i++, m.replaceIfPresent());
            ps.setInt(i++, m.dataCoding());
            ps.setInt(i++, m.smDefaultMsgId());
            ps.setBytes(i++, m.shortMessage());
            ps.setBytes(i, TlvCodec.encode(m.tlvs()));
            ps.executeUpdate();
        }
    }

    private void update(SmsRecord r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE sms_queue SET state = ?, attempts = ?,"
                + " expires_at = ?, next_attempt_at = ?, last_error = ?, smsc_message_id = ? WHERE id = ?")) {
            ps.setString(1, r.state().name());
            ps.setInt(2, r.attempts());
            ps.setLong(3, r.expiresAt());
            ps.setLong(4, r.nextAttemptAt());
            ps.setString(5, r.lastError());
            ps.setString(6, r.smscMessageId());
            ps.setBytes(7, r.id().bytes());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no queued SMS with id " + r.id() + " to update");
            }
        }
    }

    private void delete(SmsId id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM sms_queue WHERE id = ?")) {
            ps.setBytes(1, id.bytes());
            ps.executeUpdate();
        }
    }

    private void markSeen(SmsId id, long at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO sms_seen (id, seen_at) VALUES (?, ?)")) {
            ps.setBytes(1, id.bytes());
            ps.setLong(2, at);
            ps.executeUpdate();
        }
    }

    private static void setAddress(PreparedStatement ps, int index, ServiceAddress address) throws SQLException {
        if (address == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, address.ip().getHostAddress() + " " + address.port());
        }
    }

    private static ServiceAddress address(String text) throws UnknownHostException {
        if (text == null) {
            return null;
        }
        int space = text.lastIndexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("stored address without port: '" + text + "'");
        }
        String ip = text.substring(0, space);
        if (!ip.matches("[0-9a-fA-F:.%]+")) {
            // never let a stored value trigger a DNS lookup
            throw new IllegalArgumentException("stored address is not an IP literal: '" + text + "'");
        }
        return new ServiceAddress(InetAddress.getByName(ip), Integer.parseInt(text.substring(space + 1)));
    }

    private static SmsRecord decode(ResultSet rs)
            throws SQLException, MalformedTlvException, UnknownHostException {
        byte[] ref = rs.getBytes("ref");
        ShortMessage message = new ShortMessage(rs.getString("service_type"),
                new SmppAddress(rs.getInt("source_ton"), rs.getInt("source_npi"), rs.getString("source_addr")),
                new SmppAddress(rs.getInt("dest_ton"), rs.getInt("dest_npi"), rs.getString("dest_addr")),
                rs.getInt("esm_class"), rs.getInt("protocol_id"), rs.getInt("priority_flag"),
                rs.getString("schedule_delivery_time"), rs.getString("validity_period"),
                rs.getInt("registered_delivery"), rs.getInt("replace_if_present"), rs.getInt("data_coding"),
                rs.getInt("sm_default_msg_id"), bytes(rs, "short_message"), TlvCodec.decode(bytes(rs, "tlvs")));
        return new SmsRecord(SmsId.fromBytes(rs.getBytes("id")), RecordKind.valueOf(rs.getString("kind")),
                Origin.valueOf(rs.getString("origin")), Route.valueOf(rs.getString("route")),
                address(rs.getString("target")), message, address(rs.getString("reply_to")),
                ref == null ? null : SmsId.fromBytes(ref), RecordState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getLong("created_at"), rs.getLong("expires_at"),
                rs.getLong("next_attempt_at"), rs.getString("last_error"), rs.getString("smsc_message_id"));
    }

    /** SQLite hands back an empty BLOB as null. */
    private static byte[] bytes(ResultSet rs, String column) throws SQLException {
        byte[] value = rs.getBytes(column);
        return value == null ? new byte[0] : value;
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private void write(String what, SqlWork work) {
        try {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("BEGIN IMMEDIATE");
            }
            boolean committed = false;
            try {
                work.run();
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("COMMIT");
                }
                committed = true;
            } finally {
                if (!committed) {
                    try (Statement s = connection.createStatement()) {
                        s.executeUpdate("ROLLBACK");
                    } catch (SQLException rollback) {
                        LOG.warn("rollback on {} failed: {}", file, rollback.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in SMS queue " + file + ": " + e.getMessage(), e);
        }
    }
}
