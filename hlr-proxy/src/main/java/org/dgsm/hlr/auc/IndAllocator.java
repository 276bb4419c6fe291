package org.dgsm.hlr.auc;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every requesting VLR its IND slot (hlr-auc.md §1.4, §2.1 step 3). osmo-hlr keeps the
 * slots in the {@code ind} table: the first VLR name gets 1, the next 2, and so on; names are
 * never removed. The database-backed implementation lives with the subscriber store; an
 * in-memory one is {@link InMemoryIndAllocator}.
 */
@FunctionalInterface
public interface IndAllocator {

    /**
     * The IND slot of {@code vlrName}, allocated on first use; empty if the slot could not be
     * looked up or created (the implementation logs why).
     */
    OptionalInt indFor(String vlrName);

    /**
     * osmo-hlr's rule for a GSUP Source-Name: the IND of the name it carries, or IND 0 (with an
     * error logged) when the name is not NUL-terminated or no slot can be had.
     */
    default int indForSourceName(byte[] sourceName) {
        Optional<String> name = vlrName(sourceName);
        if (name.isEmpty()) {
            log().error("Source name is not a NUL-terminated VLR name; generating vectors with IND 0");
            return 0;
        }
        OptionalInt ind = indFor(name.get());
        if (ind.isEmpty()) {
            log().error("Unable to determine the IND for VLR '{}'; generating vectors with IND 0",
                    name.get());
            return 0;
        }
        return ind.getAsInt();
    }

    private static Logger log() {
        return LoggerFactory.getLogger(IndAllocator.class);
    }

    /**
     * The VLR name osmo-hlr stores for a GSUP Source-Name: the bytes before the first NUL, read
     * as UTF-8. Empty when the source name is shorter than 2 bytes or does not end with NUL.
     */
    static Optional<String> vlrName(byte[] sourceName) {
        if (sourceName == null || sourceName.length < 2 || sourceName[sourceName.length - 1] != 0) {
            return Optional.empty();
        }
        int end = 0;
        while (sourceName[end] != 0) {
            end++;
        }
        return Optional.of(new String(sourceName, 0, end, StandardCharsets.UTF_8));
    }
}
