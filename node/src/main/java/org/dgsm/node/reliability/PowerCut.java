package org.dgsm.node.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;

/**
 * Power-cut simulation: the database, its WAL and shared-memory index are copied while a node writes to them, and
 * the copy is opened as a node would after power returns. The copy must pass the integrity check and hold only
 * values that were sent for each subscriber (no torn or invented records); how many of the location updates
 * acknowledged before the copy started it holds is reported.
 *
 * <p>Limits: the copy reads the files through the page cache, one after the other, so it sees writes the disk might
 * not have had yet, and is not one instant (a checkpoint can run between the files). It tests SQLite's recovery
 * of a WAL cut at an arbitrary frame, not the disk's write ordering or fsync.
 */
public final class PowerCut {

    public record Result(boolean consistent, String problem, long ackedBeforeCopy, long ackedBeforeCopyPresent) {
    }

    private PowerCut() {
    }

    public static Result copyAndCheck(Path db, Path copyDir, AckLog log) throws IOException {
        Map<String, String> ackedBefore = log.lastAckedVlr();
        Files.createDirectories(copyDir);
        Path copy = copyDir.resolve(db.getFileName());
        // the WAL first, then the database: what the WAL refers to is then at least as new in the copy
        copyIfThere(db.resolveSibling(db.getFileName() + "-wal"), copyDir);
        copyIfThere(db.resolveSibling(db.getFileName() + "-shm"), copyDir);
        Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
        StoredState state;
        try {
            state = StoredState.read(copy);
        } catch (SQLException e) {
            return new Result(false, "copy does not open: " + e.getMessage(), ackedBefore.size(), 0);
        }
        if (!state.integrityOk()) {
            return new Result(false, "integrity_check: " + state.integrity(), ackedBefore.size(), 0);
        }
        long present = 0;
        for (Map.Entry<String, StoredState.Row> e : state.rows().entrySet()) {
            String stored = e.getValue().vlrNumber();
            if (stored != null && !log.sentVlrs(e.getKey()).contains(stored)) {
                return new Result(false, e.getKey() + " holds VLR " + stored + ", never sent", ackedBefore.size(),
                        present);
            }
            String acked = ackedBefore.get(e.getKey());
            if (acked != null && stored != null) {
                present++;
            }
        }
        return new Result(true, null, ackedBefore.size(), present);
    }

    private static void copyIfThere(Path file, Path dir) throws IOException {
        try {
            Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // no WAL yet (or checkpointed away): the database file alone is the state
        }
    }
}
