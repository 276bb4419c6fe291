package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: many changes, one commit; a failing change inside is undone alone. */
class SubscriberStoreBatchTest {

    @TempDir
    Path dir;

    private Path file;
    private SubscriberStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("hlr.db");
        store = SubscriberStore.open(file);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int countFromAnotherConnection() {
        try (var c = DbFiles.connect(file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM subscriber")) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void changesInsideAreStoredWhenItReturns() {
        store.inOneTransaction(() -> {
            store.create("901700000000001", "1001");
            store.create("901700000000002", "1002");
            return null;
        });
        store.close();
        store = SubscriberStore.open(file);
        assertThat(store.list()).extracting(Subscriber::imsi).containsExactly("901700000000001", "901700000000002");
    }

    @Test
    void aFailingChangeInsideIsUndoneAloneAndTheOthersStay() {
        store.inOneTransaction(() -> {
            store.create("901700000000001", "1001");
            assertThatThrownBy(() -> store.create("901700000000002", "1001"))
                    .isInstanceOf(DuplicateSubscriberException.class);
            store.create("901700000000003", "1003");
            return null;
        });
        assertThat(store.list()).extracting(Subscriber::imsi).containsExactly("901700000000001", "901700000000003");
    }

    @Test
    void workThatThrowsLeavesNothingBehind() throws Exception {
        store.create("901700000000009");
        String before = DbFiles.snapshot(file);
        assertThatThrownBy(() -> store.inOneTransaction(() -> {
            store.create("901700000000001", "1001");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(DbFiles.snapshot(file)).isEqualTo(before);
        assertThat(store.findByImsi("901700000000001")).isEmpty();
    }

    @Test
    void anotherConnectionSeesNothingBeforeTheCommit() throws Exception {
        store.inOneTransaction(() -> {
            store.create("901700000000001", "1001");
            assertThat(countFromAnotherConnection()).isZero();
            return null;
        });
        assertThat(countFromAnotherConnection()).isEqualTo(1);
    }
}
