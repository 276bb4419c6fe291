package org.dgsm.node.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A village node in a child JVM ({@code dgsm run} with a small config), so that it can be killed with SIGKILL like
 * a box losing its process mid-write. Output goes to a log file beside the database.
 */
public final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final InetSocketAddress gsup;

    private NodeProcess(Process process, InetSocketAddress gsup) {
        this.process = process;
        this.gsup = gsup;
    }

    /**
     * Starts the node and waits until its GSUP port accepts connections.
     *
     * @param classpath the node's classpath (in tests: {@code System.getProperty("java.class.path")})
     */
    public static NodeProcess start(String classpath, Path db, String address, Path log, Duration startTimeout)
            throws IOException, InterruptedException {
        if (!address.startsWith("127.")) {
            throw new IllegalArgumentException("a test node binds loopback only, got " + address);
        }
        Path config = db.resolveSibling(db.getFileName() + ".yaml");
        Files.writeString(config, String.join("\n", "site: killed", "database: " + db.toAbsolutePath(),
                "gsup:", "  bind: " + address + ":4222", "http:", "  bind: " + address + ":8042",
                "discovery:", "  enabled: false", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx128m", "-Dio.netty.machineId=00:00:00:00:00:02", "-cp",
                classpath, "org.dgsm.node.cli.DgsmCommand", "run", "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        NodeProcess node = new NodeProcess(p, new InetSocketAddress(address, 4222));
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (!node.acceptsGsup()) {
            if (!p.isAlive()) {
                throw new IOException("node exited with " + p.exitValue() + " before listening; see " + log);
            }
            if (System.nanoTime() > deadline) {
                node.kill();
                throw new IOException("node not listening after " + startTimeout + "; see " + log);
            }
            Thread.sleep(50);
        }
        return node;
    }

    private boolean acceptsGsup() {
        try (Socket s = new Socket()) {
            s.connect(gsup, 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public InetSocketAddress gsupAddress() {
        return gsup;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no close, no checkpoint. Waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
