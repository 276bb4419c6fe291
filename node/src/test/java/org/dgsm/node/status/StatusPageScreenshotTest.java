package org.dgsm.node.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Headless Chromium (Debian package {@code chromium}) loads the page from {@link StatusHttpServer} on loopback, under
 * the page's own Content-Security-Policy, at a phone's size, and saves a screenshot in the build folder
 * ({@code screenshots/status-page.png}); {@code docs/status-page.png} is a copy of it.
 */
class StatusPageScreenshotTest {

    private static final int WIDTH = 412;
    private static final int HEIGHT = 915;

    @Test
    void chromiumRendersThePageOnAPhoneScreen(@TempDir Path profile) throws Exception {
        Path png = buildDir().resolve("screenshots").resolve("status-page.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Path log = profile.resolve("chromium.log");
        Supplier<StatusSnapshot> snapshots = Snapshots::realistic;

        try (StatusHttpServer server = StatusHttpServer.start(new InetSocketAddress("127.0.0.1", 0),
                new StatusRoutes(snapshots, new Metrics(snapshots)))) {
            String url = "http://127.0.0.1:" + server.address().getPort() + "/status";
            Process chromium = new ProcessBuilder(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--hide-scrollbars", "--user-data-dir=" + profile.resolve("user-data"), "--screenshot=" + png,
                    "--window-size=" + WIDTH + "," + HEIGHT, url))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
                chromium.destroyForcibly().waitFor();
                fail("chromium took longer than 90 s; its output:\n" + Files.readString(log));
            }
            assertThat(chromium.exitValue()).as("chromium exit code; its output:\n%s", Files.readString(log)).isZero();
        }

        assertThat(png).exists();
        assertThat(Files.size(png)).as("a page full of text, not a blank image").isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(image.getRGB(2, 2) & 0xffffff).as("the inline style applied: page background")
                .isEqualTo(0xf6f7f9);
        Set<Integer> colours = colours(image);
        assertThat(colours).as("green border of a village up, red of one down")
                .contains(0x1a7f37, 0xcf222e);
        assertThat(colours.size()).as("anti-aliased text in many shades").isGreaterThan(100);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }

    /** The Debian package puts it at /usr/bin/chromium. */
    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return fail("headless Chromium not found: install the Debian package 'chromium' (apt-get install -y chromium)");
    }

    /** The module's build folder ({@code target} or the one -Ddgsm.target names), found from the test classes. */
    private static Path buildDir() throws IOException {
        try {
            return Path.of(StatusPageScreenshotTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
