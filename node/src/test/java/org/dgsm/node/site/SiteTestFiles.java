package org.dgsm.node.site;

import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of the source checkout that the site tests use. */
final class SiteTestFiles {

    private SiteTestFiles() {
    }

    /** The repository's site-configs folder (tests run in the node module's folder). */
    static Path siteConfigs() {
        Path folder = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../site-configs").normalize();
        if (!Files.isRegularFile(folder.resolve("templates/village.yaml"))) {
            throw new AssertionError("site-configs/templates not found at " + folder);
        }
        return folder;
    }

    static Path templates() {
        return siteConfigs().resolve("templates");
    }

    /** Options for one test village on loopback, templates from the checkout, a fixed SMPP password. */
    static SiteOptions.Builder loopbackOptions(Path stateDir) {
        return SiteOptions.builder()
                .templates(templates())
                .database("hlr.db")
                .stateDirectory(stateDir.toString())
                .smppPassword("s3cret")
                .mnccSocket(stateDir.resolve("mncc").toString())
                .kamailioRouterConfig(siteConfigs().resolve("kamailio/dgsm-village.cfg").toString());
    }
}
