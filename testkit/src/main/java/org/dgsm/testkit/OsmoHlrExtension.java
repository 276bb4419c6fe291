package org.dgsm.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts osmo-hlr processes for a test and stops all of them after it, whatever happened; when the test failed,
 * their output goes to the test log. Register with {@code @RegisterExtension}.
 */
public final class OsmoHlrExtension implements AfterEachCallback {

    private static final Logger LOG = LoggerFactory.getLogger(OsmoHlrExtension.class);

    private final List<OsmoHlrProcess> started = new ArrayList<>();

    /** Starts a plain osmo-hlr (no mslookup) on the database file. */
    public OsmoHlrProcess start(Path workDir, Path database) throws IOException, InterruptedException {
        return start(OsmoHlrProcess.builder(workDir).database(database).ipaName("hlr-" + (started.size() + 1)));
    }

    public OsmoHlrProcess start(OsmoHlrProcess.Builder builder) throws IOException, InterruptedException {
        OsmoHlrProcess process = builder.start();
        started.add(process);
        return process;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (OsmoHlrProcess process : started) {
            process.stop();
        }
        if (context.getExecutionException().isPresent()) {
            for (OsmoHlrProcess process : started) {
                LOG.error("{} output ({}):\n{}", process.name(), context.getDisplayName(), process.log());
            }
        }
        started.clear();
    }
}
