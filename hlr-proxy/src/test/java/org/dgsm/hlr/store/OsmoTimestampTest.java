package org.dgsm.hlr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OsmoTimestampTest {

    @Test
    void formatsUtcInWholeSeconds() {
        assertThat(OsmoTimestamp.format(Instant.parse("2026-11-25T10:11:12.999Z"))).isEqualTo("2026-11-25 10:11:12");
        assertThat(OsmoTimestamp.format(Instant.parse("1999-01-02T03:04:05Z"))).isEqualTo("1999-01-02 03:04:05");
    }

    @Test
    void parsesWhatItFormats() {
        Instant t = Instant.parse("2026-02-28T23:59:59Z");
        assertThat(OsmoTimestamp.parse(OsmoTimestamp.format(t))).contains(t);
    }

    @Test
    void parsesSqliteDatetimeOutputAsUtc() {
        // what osmo-hlr stores via datetime(1795687872, 'unixepoch')
        assertThat(OsmoTimestamp.parse("2026-11-26 10:11:12")).contains(Instant.ofEpochSecond(1795687872));
    }

    @Test
    void rejectsOtherForms() {
        assertThat(OsmoTimestamp.parse("2026-11-26T10:11:12")).isEmpty();
        assertThat(OsmoTimestamp.parse("2026-11-26 10:11")).isEmpty();
        assertThat(OsmoTimestamp.parse("2026-02-30 10:11:12")).isEmpty();
        assertThat(OsmoTimestamp.parse("")).isEmpty();
    }
}
