package org.dgsm.smpp.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The link-down scenario with the outage the issue asks for: two minutes. Not part of the normal test run (the
 * class name does not end in Test); run it with
 * {@code ./mvnw -B -o -pl smpp-handler test -Dtest=LinkDownTwoMinutesLongRun -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LinkDownTwoMinutesLongRun {

    @TempDir
    Path dir;

    @Test
    void smsArrivesOnceAfterATwoMinuteOutageAndASenderRestart() throws Exception {
        try (LinkDownScenario scenario = LinkDownScenario.start(dir, 42664)) {
            scenario.run(Duration.ofMinutes(2));
        }
    }
}
