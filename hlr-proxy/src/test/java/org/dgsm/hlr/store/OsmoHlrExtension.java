package org.dgsm.hlr.store;

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
final class OsmoHlrExtension implements AfterEachCallback {

    private static final Logger LOG = LoggerFactory.getLogger(OsmoHlrExtension.class);

    private final List<OsmoHlrProcess> started = new ArrayList<>();

    OsmoHlrProcess start(Path workDir, Path database) throws IOException, InterruptedException {
        OsmoHlrProcess process = OsmoHlrProcess.start(workDir, database);
        started.add(process);
        return process;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        InterruptedException interrupted = null;
        for (OsmoHlrProcess process : started) {
            try {
                process.stop();
            } catch (InterruptedException e) {
                interrupted = e;
            }
        }
        if (context.getExecutionException().isPresent()) {
            for (OsmoHlrProcess process : started) {
                LOG.error("{} output ({}):\n{}", process.name(), context.getDisplayName(), process.log());
            }
        }
        started.clear();
        if (interrupted != null) {
            throw interrupted;
        }
    }
}
