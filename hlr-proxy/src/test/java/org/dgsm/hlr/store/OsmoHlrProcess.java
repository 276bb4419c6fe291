package org.dgsm.hlr.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real osmo-hlr (Debian's 1.5.0 at /usr/bin/osmo-hlr) run by a test on a given database file, with GSUP, VTY and
 * CTRL bound to 127.0.0.1 on their default ports (GSUP 4222, VTY 4258, CTRL 4259) and no mslookup section. Its
 * stdout and stderr go to a log file beside its config in the work folder. Test support meant to move to a shared
 * place later; {@link OsmoHlrExtension} stops every process after each test and prints logs of failed tests.
 */
final class OsmoHlrProcess implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/osmo-hlr");
    static final String HOST = "127.0.0.1";
    static final int VTY_PORT = 4258;
    static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    static final Duration VTY_READ_TIMEOUT = Duration.ofSeconds(10);

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Process process;
    private final Path log;
    private final String name;

    private OsmoHlrProcess(Process process, Path log, String name) {
        this.process = process;
        this.log = log;
        this.name = name;
    }

    /** Fails (never skips) with the install hint when osmo-hlr is missing. */
    static void requireInstalled() {
        requireInstalled(BINARY);
    }

    static void requireInstalled(Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new AssertionError("osmo-hlr is not installed (" + binary + " missing); this interop test needs"
                    + " the real osmo-hlr 1.5: apt-get install osmo-hlr");
        }
    }

    /** Starts osmo-hlr on the database file and waits until its VTY accepts connections. */
    static OsmoHlrProcess start(Path workDir, Path database) throws IOException, InterruptedException {
        requireInstalled();
        if (portAcceptsConnections(VTY_PORT)) {
            throw new IllegalStateException("something already listens on " + HOST + ":" + VTY_PORT
                    + "; an earlier osmo-hlr was not stopped");
        }
        String name = "osmo-hlr-" + COUNTER.incrementAndGet();
        Path config = workDir.resolve(name + ".cfg");
        Path log = workDir.resolve(name + ".log");
        Files.writeString(config, String.join("\n",
                "log stderr",
                " logging filter all 1",
                " logging color 0",
                " logging print category 1",
                " logging level all notice",
                "line vty",
                " bind " + HOST,
                "ctrl",
                " bind " + HOST,
                "hlr",
                " gsup",
                "  bind ip " + HOST,
                ""), StandardCharsets.US_ASCII);
        Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString(), "-l", database.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        OsmoHlrProcess hlr = new OsmoHlrProcess(process, log, name);
        try {
            hlr.awaitVty();
        } catch (IOException | RuntimeException | InterruptedException e) {
            hlr.stop();
            throw e;
        }
        return hlr;
    }

    /** Opens a VTY session and enters the enable node. */
    OsmoVty enabledVty() throws IOException {
        OsmoVty vty = OsmoVty.connect(HOST, VTY_PORT, "OsmoHLR", VTY_READ_TIMEOUT);
        try {
            vty.command("enable");
            return vty;
        } catch (IOException | RuntimeException e) {
            vty.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** SIGTERM, then SIGKILL if it does not exit in time; waits until the process is gone. Idempotent. */
    void stop() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitVty() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before its VTY came up; its output:\n" + log());
            }
            if (portAcceptsConnections(VTY_PORT)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException(name + " did not open its VTY on " + HOST + ":" + VTY_PORT + " within "
                + START_TIMEOUT.toSeconds() + " s; its output:\n" + log());
    }

    private static boolean portAcceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
