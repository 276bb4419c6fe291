package org.dgsm.node.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the templates of {@code site-configs/templates/} are read from: a folder, or the class path (folder {@value
 * #CLASSPATH_FOLDER}) when the build packs them into the jar.
 */
public final class SiteTemplates {

    /** Class path folder of the templates in a jar built with them. */
    public static final String CLASSPATH_FOLDER = "/org/dgsm/node/site/templates/";
    /** Where the Debian package installs them. */
    public static final Path INSTALLED_FOLDER = Path.of("/usr/share/dgsm/site-configs/templates");

    private final Path folder;

    private SiteTemplates(Path folder) {
        this.folder = folder;
    }

    /** Templates read from a folder. */
    public static SiteTemplates in(Path folder) {
        return new SiteTemplates(Objects.requireNonNull(folder, "folder"));
    }

    /**
     * The templates that come with dgsm: from the class path if the jar carries them, else from {@link
     * #INSTALLED_FOLDER}, else from {@code site-configs/templates} below the working folder (a source checkout).
     */
    public static SiteTemplates locate() {
        if (SiteTemplates.class.getResource(CLASSPATH_FOLDER + "village.yaml") != null) {
            return new SiteTemplates(null);
        }
        for (Path candidate : List.of(INSTALLED_FOLDER, Path.of("site-configs", "templates"))) {
            if (Files.isRegularFile(candidate.resolve("village.yaml"))) {
                return in(candidate);
            }
        }
        return in(INSTALLED_FOLDER); // reading fails naming this folder
    }

    /** Where the templates come from, for messages. */
    public String origin() {
        return folder != null ? folder.toString() : "classpath:" + CLASSPATH_FOLDER;
    }

    /** The text of one template. */
    public String read(String name) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(name);
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new NoSuchFileException(file.toString(), null, "template missing (dgsm templates folder: " + folder + ")");
            }
        }
        try (InputStream in = SiteTemplates.class.getResourceAsStream(CLASSPATH_FOLDER + name)) {
            if (in == null) {
                throw new NoSuchFileException(CLASSPATH_FOLDER + name, null, "template missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
