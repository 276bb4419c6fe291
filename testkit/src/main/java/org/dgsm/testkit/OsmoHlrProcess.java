package org.dgsm.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real osmo-hlr (Debian's 1.5.0) started for a test: GSUP, VTY and CTRL on one loopback address, an
 * optional mslookup server, and its VTY to provision subscribers. Always close it.
 */
public final class OsmoHlrProcess implements AutoCloseable {

    public static final int VTY_PORT = 4258;

    private static final java.util.regex.Pattern REFUSED = java.util.regex.Pattern.compile(
            "% (Error|Unknown|Invalid|Command incomplete|Ambiguous|No |Cannot|Failed)");

    private final RunningProcess process;
    private final String bindIp;

    private OsmoHlrProcess(RunningProcess process, String bindIp) {
        this.process = process;
        this.bindIp = bindIp;
    }

    public static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    public String bindIp() {
        return bindIp;
    }

    public RunningProcess process() {
        return process;
    }

    public String name() {
        return process.name();
    }

    /** Everything the process printed so far. */
    public String log() {
        return process.log();
    }

    /** Opens a VTY session already in the enable node. */
    public OsmoVty enabledVty() throws IOException {
        OsmoVty vty = OsmoVty.connect(bindIp, VTY_PORT, "OsmoHLR", Duration.ofSeconds(10));
        try {
            vty.command("enable");
            return vty;
        } catch (IOException | RuntimeException e) {
            vty.close();
            throw e;
        }
    }

    /**
     * Runs VTY commands in the enable node and fails if any of them was refused (osmo reports success as
     * {@code % Created ...} / {@code % Updated ...}, refusal as {@code % Error}, {@code % Unknown command}, ...).
     *
     * @return everything the commands printed
     */
    public String vty(String... commands) throws IOException {
        StringBuilder all = new StringBuilder();
        try (OsmoVty vty = enabledVty()) {
            for (String command : commands) {
                String reply = vty.command(command);
                if (REFUSED.matcher(reply).find()) {
                    throw new IOException("osmo-hlr VTY refused '" + command + "': " + reply.strip());
                }
                all.append(reply);
            }
        }
        return all.toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, then SIGKILL; waits until the process is gone. Idempotent. */
    public void stop() {
        process.close();
    }

    @Override
    public void close() {
        process.close();
    }

    static boolean acceptsConnections(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static final class Builder {
        private final Path workDir;
        private String bindIp = "127.0.0.1";
        private String ipaName = "hlr-osmo";
        private Path database;
        private boolean mslookupServer;
        private boolean mslookupClient;
        private String mdnsGroup = "239.192.23.42";
        private int mdnsPort = 4266;
        private final Map<String, String> services = new LinkedHashMap<>();
        private final List<String> extraHlrLines = new ArrayList<>();

        private Builder(Path workDir) {
            this.workDir = workDir;
        }

        public Builder bindIp(String ip) { this.bindIp = ip; return this; }
        public Builder ipaName(String name) { this.ipaName = name; return this; }
        public Builder database(Path db) { this.database = db; return this; }
        public Builder mslookupServer(boolean on) { this.mslookupServer = on; return this; }
        public Builder mslookupClient(boolean on) { this.mslookupClient = on; return this; }
        public Builder mdns(String group, int port) { this.mdnsGroup = group; this.mdnsPort = port; return this; }
        /** {@code service NAME at IP PORT} in the global server block. */
        public Builder service(String name, String ip, int port) { services.put(name, ip + " " + port); return this; }
        public Builder hlrLine(String vtyLine) { extraHlrLines.add(vtyLine); return this; }

        public String config() {
            StringBuilder c = new StringBuilder();
            c.append("log stderr\n logging filter all 1\n logging color 0\n logging print category 1\n")
                    .append(" logging print extended-timestamp 1\n logging level set-all notice\n")
                    .append(" logging level main info\n logging level dgsm info\n");
            c.append("line vty\n bind ").append(bindIp).append('\n');
            c.append("ctrl\n bind ").append(bindIp).append('\n');
            c.append("hlr\n gsup\n  bind ip ").append(bindIp).append("\n  ipa-name ").append(ipaName).append('\n');
            for (String line : extraHlrLines) {
                c.append(' ').append(line).append('\n');
            }
            if (mslookupServer || mslookupClient) {
                c.append("mslookup\n mdns bind ").append(mdnsGroup).append(' ').append(mdnsPort).append('\n');
                if (mslookupServer) {
                    c.append(" server\n");
                    services.forEach((name, at) -> c.append("  service ").append(name).append(" at ").append(at).append('\n'));
                }
                if (mslookupClient) {
                    c.append(" client\n");
                }
            }
            return c.toString();
        }

        /** Starts osmo-hlr and waits (up to 20 s) until its VTY accepts connections. */
        public OsmoHlrProcess start() throws IOException, InterruptedException {
            Path binary = OsmoProgram.require("osmo-hlr", "osmo-hlr");
            if (acceptsConnections(bindIp, VTY_PORT)) {
                throw new IllegalStateException("something already listens on " + bindIp + ":" + VTY_PORT
                        + "; an earlier osmo-hlr was not stopped");
            }
            Files.createDirectories(workDir);
            Path cfg = workDir.resolve("osmo-hlr-" + ipaName + ".cfg");
            Files.writeString(cfg, config());
            Path db = database != null ? database : workDir.resolve("hlr-" + ipaName + ".db");
            RunningProcess p = RunningProcess.start("osmo-hlr-" + ipaName,
                    List.of(binary.toString(), "-c", cfg.toString(), "-l", db.toString()), workDir);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new AssertionError("osmo-hlr exited with " + p.process().exitValue() + "\n" + p.logTail());
                }
                if (acceptsConnections(bindIp, VTY_PORT)) {
                    return new OsmoHlrProcess(p, bindIp);
                }
                Thread.sleep(50);
            }
            p.close();
            throw new AssertionError("osmo-hlr VTY not up within 20 s\n" + p.logTail());
        }
    }
}
