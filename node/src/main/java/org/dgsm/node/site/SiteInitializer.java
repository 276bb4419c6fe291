package org.dgsm.node.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code dgsm site init NAME}: writes a village's configs from the templates of {@code site-configs/templates/}:
 * <ul>
 *   <li>{@code village.yaml} — the node ({@code dgsm run --config village.yaml})</li>
 *   <li>{@code osmo-stp.cfg}, {@code osmo-msc.cfg}, {@code osmo-sgsn.cfg}, {@code osmo-sip-connector.cfg}</li>
 *   <li>{@code freeswitch/vars-dgsm.xml} — the village's addresses for site-configs/freeswitch/</li>
 *   <li>{@code kamailio/kamailio-site.cfg} — the village's addresses, then site-configs/kamailio/dgsm-village.cfg</li>
 * </ul>
 * Files are readable by owner and group only (osmo-msc.cfg holds the SMPP password) and written whole (a
 * temporary file moved into place).
 */
public final class SiteInitializer {

    /** A template and the file written from it, relative to the site folder. */
    record SiteFile(String template, String target) {
    }

    /** The files of a site, in the order written. */
    static final List<SiteFile> FILES = List.of(
            new SiteFile("village.yaml", "village.yaml"),
            new SiteFile("osmo-stp.cfg", "osmo-stp.cfg"),
            new SiteFile("osmo-msc.cfg", "osmo-msc.cfg"),
            new SiteFile("osmo-sgsn.cfg", "osmo-sgsn.cfg"),
            new SiteFile("osmo-sip-connector.cfg", "osmo-sip-connector.cfg"),
            new SiteFile("freeswitch-vars-dgsm.xml", "freeswitch/vars-dgsm.xml"),
            new SiteFile("kamailio-site.cfg", "kamailio/kamailio-site.cfg"));

    private SiteInitializer() {
    }

    /**
     * Writes the village's configs into {@code dir} (created if missing).
     *
     * @param name    the village's name: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 63
     *                characters (as village.yaml's {@code site})
     * @return the files written, in the order of the list above
     * @throws IllegalArgumentException   if the name is not acceptable
     * @throws FileAlreadyExistsException if a file exists and {@link SiteOptions#overwrite()} is false; nothing is
     *                                    written then
     * @throws IOException                if a template cannot be read or a file not written
     */
    public static List<Path> init(String name, Path dir, SiteOptions options) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        Map<String, String> values = SiteVariables.of(name, options);
        SiteTemplates templates = options.templates() != null
                ? SiteTemplates.in(options.templates()) : SiteTemplates.locate();

        Map<Path, String> rendered = new LinkedHashMap<>();
        for (SiteFile file : FILES) {
            Path target = dir.resolve(file.target());
            if (!options.overwrite() && Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "exists; nothing written (--force replaces the site's files)");
            }
            rendered.put(target, TemplateRenderer.render(file.template(), templates.read(file.template()), values));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, String> file : rendered.entrySet()) {
            write(file.getKey(), file.getValue());
            written.add(file.getKey());
        }
        return List.copyOf(written);
    }

    private static void write(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r-----"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
