package org.dgsm.hlr.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;

/**
 * One SQLite connection shared by all threads behind a fair lock, so that calls are serialised in arrival order.
 * At village scale (thousands of subscribers, a few requests a second) one connection is plenty, and it keeps the
 * compare-and-set logic trivially race-free inside this process; other processes on the same file (an osmo-hlr
 * pointed at it, the CLI) are kept apart by SQLite's own locking: every change runs in {@code BEGIN IMMEDIATE},
 * which takes the write lock up front and waits up to the busy timeout for it.
 *
 * <p>{@code synchronous=FULL}: in WAL mode NORMAL may lose the last commits on power loss, and an acknowledged
 * change (a stored SQN above all) must survive it; the price is one fsync per commit.
 */
final class Database implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Database.class);

    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** Work on the connection; SQLExceptions become {@link StoreException}s, anything else passes through. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock(true);
    private boolean closed;
    /** Inside {@link #batch}: each write becomes a savepoint of the one open transaction. */
    private boolean inBatch;
    private long savepoints;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating an empty file if missing) without touching the file's contents: the journal mode is switched
     * to WAL only by {@link #enableWal()}, once the caller has decided the file is one we may use.
     */
    static Database open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return new Database(file, StatementCache.wrap(config.createConnection("jdbc:sqlite:" + file)));
        } catch (SQLException e) {
            throw new StoreException("cannot open SQLite database " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    void enableWal() {
        String mode = read("switch to WAL mode", c -> {
            try (Statement statement = c.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA journal_mode=WAL")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (!"wal".equalsIgnoreCase(mode)) {
            throw new StoreException("cannot switch " + file + " to WAL journal mode, SQLite reports '" + mode + "'");
        }
    }

    /** The value of a per-connection PRAGMA (e.g. {@code synchronous}), for checks and diagnostics. */
    String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        return read("read PRAGMA " + name, c -> {
            try (Statement statement = c.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** Runs work that reads, under the lock, without a transaction of its own (each statement is atomic). */
    <T> T read(String what, SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one {@code BEGIN IMMEDIATE} transaction: committed if it returns, rolled back if it throws.
     * Inside {@link #batch} it is a savepoint instead: its changes are undone if it throws, and made durable by
     * the batch's commit.
     */
    <T> T write(String what, SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (inBatch) {
                return inSavepoint(work);
            }
            execute("BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                committed = true;
                return result;
            } finally {
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Group commit: every write inside {@code work} (on this thread) goes into one transaction, committed (one
     * fsync) when {@code work} returns. A write that fails is undone alone; if the commit itself fails, all of it
     * is rolled back and a {@link StoreException} is thrown. Callers must acknowledge nothing done inside before
     * this returns. Holds the store's lock throughout.
     */
    <T> T batch(java.util.function.Supplier<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (inBatch) {
                return work.get();
            }
            execute("BEGIN IMMEDIATE");
            inBatch = true;
            boolean committed = false;
            try {
                T result = work.get();
                execute("COMMIT");
                committed = true;
                return result;
            } finally {
                inBatch = false;
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw failure("commit a batch of changes", e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T inSavepoint(SqlWork<T> work) throws SQLException {
        String name = "w" + (++savepoints);
        execute("SAVEPOINT " + name);
        boolean released = false;
        try {
            T result = work.run(connection);
            execute("RELEASE " + name);
            released = true;
            return result;
        } finally {
            if (!released) {
                try {
                    execute("ROLLBACK TO " + name);
                    execute("RELEASE " + name);
                } catch (SQLException e) {
                    log.warn("cannot undo a failed change inside a batch: {}", e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite already rolled back (e.g. after a failed COMMIT); nothing is left to undo.
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("subscriber store " + file + " is closed");
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }
}
