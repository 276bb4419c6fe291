package org.dgsm.hlr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * Subscribers and their auth data in an osmo-hlr {@code hlr.db} (SQLite), read and written in place so that the
 * osmo-hlr that wrote the file can still open it.
 *
 * <p><b>Files.</b> {@link #open} creates a missing or empty file with osmo-hlr 1.5's schema (version 6), or opens
 * an existing file of schema 6 (osmo-hlr 1.5) or 7 (osmo-hlr 1.9) without changing its {@code user_version}; any
 * other file is refused with {@link UnsupportedSchemaException}. dgsm-node's own tables are called {@code dgsm_...}
 * and versioned separately ({@link #dgsmSchemaVersion()}). The journal mode is WAL with {@code synchronous=FULL}:
 * a change is on disk, power loss included, when its method returns.
 *
 * <p><b>Changes.</b> Every changing method is one transaction: it either completes or throws and leaves the file
 * as it was. Arguments are validated first ({@link IllegalArgumentException} with a message naming the rule);
 * naming a subscriber that does not exist throws {@link UnknownSubscriberException}, an IMSI or MSISDN that is
 * already taken {@link DuplicateSubscriberException}, and a database failure a plain {@link StoreException}.
 * Lookups ({@code find...}) take any string and simply find nothing for malformed identifiers.
 *
 * <p><b>Threads.</b> Safe for concurrent use: all calls share one connection and are serialised by a fair lock
 * (see {@link Database}), which at village scale costs nothing and makes read-modify-write operations such as
 * {@link #advanceSqn} atomic. Other processes on the same file are kept out by SQLite's write lock.
 */
public final class SubscriberStore implements AutoCloseable {

    private final Database db;
    private final Clock clock;
    private final int osmoSchemaVersion;
    private final int dgsmSchemaVersion;

    private SubscriberStore(Database db, Clock clock, int osmoSchemaVersion, int dgsmSchemaVersion) {
        this.db = db;
        this.clock = clock;
        this.osmoSchemaVersion = osmoSchemaVersion;
        this.dgsmSchemaVersion = dgsmSchemaVersion;
    }

    /** Opens or creates the database file, with the system UTC clock for location update times. */
    public static SubscriberStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens or creates the database file (and missing parent folders).
     *
     * @param clock source of the {@code last_lu_seen} times written by {@link #recordLocationUpdate}
     * @throws UnsupportedSchemaException if the file holds another schema than osmo-hlr's 6 or 7
     * @throws StoreException if the file cannot be opened or is not an SQLite database
     */
    public static SubscriberStore open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        createParentFolders(file);
        Database db = Database.open(file);
        try {
            int osmoVersion = db.write("check the osmo-hlr schema", c -> OsmoSchema.createOrVerify(c, file));
            db.enableWal();
            int dgsmVersion = db.write("update dgsm-node's own tables", c -> DgsmMigrations.migrate(c, file));
            return new SubscriberStore(db, clock, osmoVersion, dgsmVersion);
        } catch (RuntimeException e) {
            try {
                db.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** osmo-hlr's schema version of the file ({@code PRAGMA user_version}): 6 or 7. */
    public int osmoSchemaVersion() {
        return osmoSchemaVersion;
    }

    /** dgsm-node's own schema version of the file (the {@code dgsm_meta} table). */
    public int dgsmSchemaVersion() {
        return dgsmSchemaVersion;
    }

    public Path file() {
        return db.file();
    }

    /** A PRAGMA of the store's connection, e.g. {@code synchronous} or {@code busy_timeout} (diagnostics, tests). */
    String connectionPragma(String name) {
        return db.pragma(name);
    }

    // ---- subscribers --------------------------------------------------------------------------------------------

    /** Creates a subscriber without MSISDN, with both network access modes allowed and no auth data. */
    public Subscriber create(String imsi) {
        return create(imsi, null);
    }

    /**
     * Creates a subscriber with both network access modes allowed and no auth data.
     *
     * @param msisdn 1 to 15 digits, or null for none
     */
    public Subscriber create(String imsi, String msisdn) {
        SubscriberIdentifiers.requireImsi(imsi);
        if (msisdn != null) {
            SubscriberIdentifiers.requireMsisdn(msisdn);
        }
        return db.write("create subscriber IMSI " + imsi, c -> {
            Optional<Subscriber> existing = SubscriberTable.findByImsi(c, imsi);
            if (existing.isPresent()) {
                throw new DuplicateSubscriberException(
                        "IMSI " + imsi + " already exists (subscriber id " + existing.get().id() + ")");
            }
            if (msisdn != null) {
                requireMsisdnFree(c, msisdn, -1);
            }
            long id = SubscriberTable.insert(c, imsi, msisdn);
            return reload(c, id);
        });
    }

    /**
     * Creates a subscriber together with its auth data in one transaction: either all of it is stored or
     * nothing is.
     *
     * @param msisdn 1 to 15 digits, or null for none
     * @param auth2g 2G auth data, or null for none
     * @param auth3g 3G auth data, or null for none
     */
    public Subscriber createWithAuth(String imsi, String msisdn, AuthData2g auth2g, AuthData3g auth3g) {
        SubscriberIdentifiers.requireImsi(imsi);
        if (msisdn != null) {
            SubscriberIdentifiers.requireMsisdn(msisdn);
        }
        AuthData2g valid2g = auth2g == null ? null : AuthDataRules.validate2g(auth2g);
        AuthData3g valid3g = auth3g == null ? null : AuthDataRules.validate3g(auth3g, osmoSchemaVersion);
        return db.write("create subscriber IMSI " + imsi, c -> {
            Optional<Subscriber> existing = SubscriberTable.findByImsi(c, imsi);
            if (existing.isPresent()) {
                throw new DuplicateSubscriberException(
                        "IMSI " + imsi + " already exists (subscriber id " + existing.get().id() + ")");
            }
            if (msisdn != null) {
                requireMsisdnFree(c, msisdn, -1);
            }
            long id = SubscriberTable.insert(c, imsi, msisdn);
            if (valid2g != null) {
                AuthTables.put2g(c, id, valid2g);
            }
            if (valid3g != null) {
                AuthTables.put3g(c, id, valid3g);
            }
            return reload(c, id);
        });
    }

    /**
     * Several changes to one subscriber in one transaction; a null field leaves that part alone.
     *
     * @param msisdn      new MSISDN, or {@link #REMOVE} to remove it
     * @param csEnabled   new nam_cs
     * @param psEnabled   new nam_ps
     * @param auth2g      2G auth data to store
     * @param clearAuth2g remove the 2G auth data
     * @param auth3g      3G auth data to store
     * @param clearAuth3g remove the 3G auth data
     */
    public record Changes(String msisdn, Boolean csEnabled, Boolean psEnabled, AuthData2g auth2g, boolean clearAuth2g,
                          AuthData3g auth3g, boolean clearAuth3g) {
        /** The {@link #msisdn} value that removes the number. */
        public static final String REMOVE = "";
    }

    /** Applies {@code changes} to the subscriber in one transaction; on any error nothing is changed. */
    public Subscriber update(String imsi, Changes changes) {
        Objects.requireNonNull(changes, "changes");
        String msisdn = changes.msisdn();
        if (msisdn != null && !msisdn.equals(Changes.REMOVE)) {
            SubscriberIdentifiers.requireMsisdn(msisdn);
        }
        AuthData2g valid2g = changes.auth2g() == null ? null : AuthDataRules.validate2g(changes.auth2g());
        AuthData3g valid3g = changes.auth3g() == null ? null : AuthDataRules.validate3g(changes.auth3g(), osmoSchemaVersion);
        return change("update", imsi, (c, subscriber) -> {
            if (msisdn != null) {
                if (msisdn.equals(Changes.REMOVE)) {
                    SubscriberTable.update(c, subscriber.id(), "msisdn = ?", (Object) null);
                } else {
                    requireMsisdnFree(c, msisdn, subscriber.id());
                    SubscriberTable.update(c, subscriber.id(), "msisdn = ?", msisdn);
                }
            }
            if (changes.csEnabled() != null) {
                SubscriberTable.update(c, subscriber.id(), "nam_cs = ?", changes.csEnabled() ? 1 : 0);
            }
            if (changes.psEnabled() != null) {
                SubscriberTable.update(c, subscriber.id(), "nam_ps = ?", changes.psEnabled() ? 1 : 0);
            }
            if (changes.clearAuth2g()) {
                AuthTables.delete(c, "auc_2g", subscriber.id());
            }
            if (valid2g != null) {
                AuthTables.put2g(c, subscriber.id(), valid2g);
            }
            if (changes.clearAuth3g()) {
                AuthTables.delete(c, "auc_3g", subscriber.id());
            }
            if (valid3g != null) {
                AuthTables.put3g(c, subscriber.id(), valid3g);
            }
        });
    }

    public Optional<Subscriber> findByImsi(String imsi) {
        Objects.requireNonNull(imsi, "imsi");
        return db.read("look up IMSI", c -> SubscriberTable.findByImsi(c, imsi));
    }

    public Optional<Subscriber> findByMsisdn(String msisdn) {
        Objects.requireNonNull(msisdn, "msisdn");
        return db.read("look up MSISDN", c -> SubscriberTable.findByMsisdn(c, msisdn));
    }

    public Optional<Subscriber> findById(long id) {
        return db.read("look up subscriber id", c -> SubscriberTable.findById(c, id));
    }

    /**
     * How many subscribers did a CS location update directly at a local VLR (not through a proxy) at or after
     * {@code since}: the ones this village answers service lookups for.
     */
    public long countAttachedSince(java.time.Instant since) {
        String from = OsmoTimestamp.format(since);
        return db.read("count attached subscribers", c -> {
            try (java.sql.PreparedStatement st = c.prepareStatement("SELECT count(*) FROM subscriber"
                    + " WHERE vlr_number IS NOT NULL AND vlr_number != '' AND vlr_via_proxy IS NULL AND last_lu_seen >= ?")) {
                st.setString(1, from);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** All subscribers, ordered by id. */
    public List<Subscriber> list() {
        return db.read("list subscribers", SubscriberTable::all);
    }

    /**
     * Sets or removes the MSISDN.
     *
     * @param msisdn 1 to 15 digits, or null to remove the number
     * @return the subscriber as now stored
     */
    public Subscriber updateMsisdn(String imsi, String msisdn) {
        if (msisdn != null) {
            SubscriberIdentifiers.requireMsisdn(msisdn);
        }
        return change("update the MSISDN of", imsi, (c, subscriber) -> {
            if (msisdn != null) {
                requireMsisdnFree(c, msisdn, subscriber.id());
            }
            SubscriberTable.update(c, subscriber.id(), "msisdn = ?", msisdn);
        });
    }

    /** Sets the network access mode ({@code nam_cs} / {@code nam_ps}) of one domain. */
    public Subscriber setNetworkAccess(String imsi, CnDomain domain, boolean allowed) {
        Objects.requireNonNull(domain, "domain");
        String column = domain == CnDomain.CS ? "nam_cs" : "nam_ps";
        return change("set " + column + " of", imsi,
                (c, subscriber) -> SubscriberTable.update(c, subscriber.id(), column + " = ?", allowed ? 1 : 0));
    }

    /** Sets or clears the purge flag ({@code ms_purged_cs} / {@code ms_purged_ps}) of one domain. */
    public Subscriber setPurged(String imsi, CnDomain domain, boolean purged) {
        Objects.requireNonNull(domain, "domain");
        String column = domain == CnDomain.CS ? "ms_purged_cs" : "ms_purged_ps";
        return change("set " + column + " of", imsi,
                (c, subscriber) -> SubscriberTable.update(c, subscriber.id(), column + " = ?", purged ? 1 : 0));
    }

    /**
     * Stores the IMEI reported by Check IMEI.
     *
     * @param imei 14 digits without check digit, or null to forget it
     */
    public Subscriber updateImei(String imsi, String imei) {
        if (imei != null) {
            SubscriberIdentifiers.requireImei(imei);
        }
        return change("update the IMEI of", imsi,
                (c, subscriber) -> SubscriberTable.update(c, subscriber.id(), "imei = ?", imei));
    }

    /**
     * Records a location update as osmo-hlr does when one starts: the VLR (CS) or SGSN (PS) name, the proxy it
     * came through, and the current time of the store's clock in {@code last_lu_seen} / {@code last_lu_seen_ps}.
     * Purge flags are left alone (osmo-hlr never resets them).
     *
     * @param servingNode IPA name of the VLR or SGSN, without trailing NUL
     * @param viaProxy    IPA name of the D-GSM proxy the request came through, or null for a direct one
     * @return the subscriber as now stored
     */
    public Subscriber recordLocationUpdate(String imsi, CnDomain domain, String servingNode, String viaProxy) {
        return recordLocationUpdate(imsi, domain, servingNode, viaProxy, clock.instant());
    }

    /**
     * {@link #recordLocationUpdate(String, CnDomain, String, String)} at a given time instead of the store's clock,
     * for callers that run on an injected clock (the HLR core).
     *
     * @param at the time written to {@code last_lu_seen} / {@code last_lu_seen_ps} (whole seconds are kept)
     */
    public Subscriber recordLocationUpdate(String imsi, CnDomain domain, String servingNode, String viaProxy,
                                           Instant at) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(at, "at");
        SubscriberIdentifiers.requireNodeName(domain == CnDomain.CS ? "VLR name" : "SGSN name", servingNode);
        if (viaProxy != null) {
            SubscriberIdentifiers.requireNodeName("proxy name", viaProxy);
        }
        String assignments = domain == CnDomain.CS
                ? "vlr_number = ?, vlr_via_proxy = ?, last_lu_seen = ?"
                : "sgsn_number = ?, sgsn_via_proxy = ?, last_lu_seen_ps = ?";
        return change("record a " + domain + " location update of", imsi, (c, subscriber) -> {
            SubscriberTable.update(c, subscriber.id(), assignments, servingNode, viaProxy, OsmoTimestamp.format(at));
        });
    }

    /**
     * Deletes the subscriber together with its auth data and other rows keyed by its id.
     *
     * @return the subscriber as it was
     */
    public Subscriber delete(String imsi) {
        SubscriberIdentifiers.requireImsi(imsi);
        return db.write("delete subscriber IMSI " + imsi, c -> {
            Subscriber subscriber = existing(c, imsi);
            SubscriberTable.deleteWithDependentRows(c, subscriber.id());
            return subscriber;
        });
    }

    // ---- auth data ----------------------------------------------------------------------------------------------

    /** The 2G row of a subscriber, as stored. */
    public Optional<AuthData2g> findAuth2g(long subscriberId) {
        return db.read("read 2G auth data", c -> AuthTables.find2g(c, subscriberId));
    }

    /** The 3G row of a subscriber, as stored. */
    public Optional<AuthData3g> findAuth3g(long subscriberId) {
        return db.read("read 3G auth data", c -> AuthTables.find3g(c, subscriberId));
    }

    /** Sets (replaces) the 2G auth data; see {@link AuthDataRules} for what is accepted. */
    public void setAuth2g(String imsi, AuthData2g data) {
        AuthData2g valid = AuthDataRules.validate2g(data);
        change("set 2G auth data of", imsi, (c, subscriber) -> AuthTables.put2g(c, subscriber.id(), valid));
    }

    /**
     * Sets (replaces) the 3G auth data, including its SQN and IND bit length, as given. 256-bit keys (TUAK) are
     * accepted only in schema-7 files; see {@link AuthDataRules} for all rules.
     */
    public void setAuth3g(String imsi, AuthData3g data) {
        AuthData3g valid = AuthDataRules.validate3g(data, osmoSchemaVersion);
        change("set 3G auth data of", imsi, (c, subscriber) -> AuthTables.put3g(c, subscriber.id(), valid));
    }

    /** Removes the 2G auth data; returns whether there was any. */
    public boolean clearAuth2g(String imsi) {
        return clearAuth(imsi, "auc_2g");
    }

    /** Removes the 3G auth data; returns whether there was any. */
    public boolean clearAuth3g(String imsi) {
        return clearAuth(imsi, "auc_3g");
    }

    /**
     * Atomically reads the stored SQN, computes the next one and stores it: no two callers, in this process or
     * another using SQLite's locking, ever see the same {@code previous}. The function runs under the store's lock
     * and must be quick and free of side effects; if it throws, nothing is stored.
     *
     * @param next maps the stored SQN to the SQN to store (within 48 bits)
     * @throws MissingAuthDataException if the subscriber has no 3G auth data
     */
    public SqnUpdate advanceSqn(long subscriberId, LongUnaryOperator next) {
        Objects.requireNonNull(next, "next");
        return db.write("advance the SQN of subscriber id " + subscriberId, c -> {
            long previous = storedSqn(c, subscriberId);
            long stored = next.applyAsLong(previous);
            AuthDataRules.requireSqn(stored);
            if (!AuthTables.compareAndSetSqn(c, subscriberId, previous, stored)) {
                throw new SQLException("SQN of subscriber id " + subscriberId + " changed inside a transaction");
            }
            return new SqnUpdate(previous, stored);
        });
    }

    /**
     * Stores {@code next} as the SQN only if the stored SQN still equals {@code expected}.
     *
     * @return whether the SQN was stored; false means another caller got there first: read it again
     * @throws MissingAuthDataException if the subscriber has no 3G auth data
     */
    public boolean compareAndSetSqn(long subscriberId, long expected, long next) {
        AuthDataRules.requireSqn(next);
        return db.write("store the SQN of subscriber id " + subscriberId, c -> {
            storedSqn(c, subscriberId);
            return AuthTables.compareAndSetSqn(c, subscriberId, expected, next);
        });
    }

    /**
     * The IND slot of a VLR (table {@code ind}): the first VLR name ever seen gets 1, the next 2, and so on; a name
     * keeps its slot for good.
     *
     * @param vlrName the requesting VLR's IPA name without trailing NUL (the GSUP source, also when proxied)
     */
    public int indForVlr(String vlrName) {
        SubscriberIdentifiers.requireNodeName("VLR name", vlrName);
        long ind = db.write("allocate the IND of VLR " + SubscriberIdentifiers.printable(vlrName),
                c -> AuthTables.indFor(c, vlrName));
        return Math.toIntExact(ind);
    }

    /**
     * Group commit: all changes made by {@code work} on this thread are committed together, with one sync to disk,
     * when it returns (a change that throws is undone alone). Acknowledge nothing done inside before this returns:
     * until then it is not durable. If the commit fails, everything inside is rolled back and a
     * {@link StoreException} is thrown.
     */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return db.batch(work);
    }

    /** Work on dgsm-node's own {@code dgsm_...} tables (e.g. the D-GSM proxy's roaming cache). */
    @FunctionalInterface
    public interface OwnTableWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Reads dgsm-node's own tables on the store's connection, under its lock; an {@link SQLException} becomes a
     * {@link StoreException}. Never use it for osmo-hlr's tables.
     */
    public <T> T readOwnTables(String what, OwnTableWork<T> work) {
        Objects.requireNonNull(work, "work");
        return db.read(what, work::run);
    }

    /**
     * Changes dgsm-node's own tables in one transaction (a savepoint inside {@link #inOneTransaction}); an
     * {@link SQLException} becomes a {@link StoreException} and undoes the change.
     */
    public <T> T writeOwnTables(String what, OwnTableWork<T> work) {
        Objects.requireNonNull(work, "work");
        return db.write(what, work::run);
    }

    /** Closes the connection; later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        db.close();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface SubscriberChange {
        void apply(Connection c, Subscriber subscriber) throws SQLException;
    }

    /** One transaction on an existing subscriber; returns the subscriber as stored afterwards. */
    private Subscriber change(String what, String imsi, SubscriberChange work) {
        SubscriberIdentifiers.requireImsi(imsi);
        return db.write(what + " IMSI " + imsi, c -> {
            Subscriber subscriber = existing(c, imsi);
            work.apply(c, subscriber);
            return reload(c, subscriber.id());
        });
    }

    private boolean clearAuth(String imsi, String table) {
        SubscriberIdentifiers.requireImsi(imsi);
        return db.write("clear " + table + " of IMSI " + imsi,
                c -> AuthTables.delete(c, table, existing(c, imsi).id()));
    }

    private static Subscriber existing(Connection c, String imsi) throws SQLException {
        return SubscriberTable.findByImsi(c, imsi)
                .orElseThrow(() -> new UnknownSubscriberException("no subscriber with IMSI " + imsi));
    }

    private static Subscriber reload(Connection c, long id) throws SQLException {
        return SubscriberTable.findById(c, id)
                .orElseThrow(() -> new SQLException("subscriber id " + id + " vanished inside a transaction"));
    }

    private static long storedSqn(Connection c, long subscriberId) throws SQLException {
        var sqn = AuthTables.sqn(c, subscriberId);
        if (sqn.isPresent()) {
            return sqn.getAsLong();
        }
        if (SubscriberTable.findById(c, subscriberId).isEmpty()) {
            throw new UnknownSubscriberException("no subscriber with id " + subscriberId);
        }
        throw new MissingAuthDataException("subscriber id " + subscriberId + " has no 3G auth data (no SQN)");
    }

    private static void requireMsisdnFree(Connection c, String msisdn, long ownId) throws SQLException {
        Optional<Subscriber> holder = SubscriberTable.findByMsisdn(c, msisdn);
        if (holder.isPresent() && holder.get().id() != ownId) {
            throw new DuplicateSubscriberException(
                    "MSISDN " + msisdn + " is already used by subscriber IMSI " + holder.get().imsi());
        }
    }

    private static void createParentFolders(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
    }
}
