package org.dgsm.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
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

    /** Runs VTY commands after {@code enable}; returns everything the VTY printed. */
    public String vty(String... commands) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(bindIp, VTY_PORT), 2000);
            s.setSoTimeout(300);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            StringBuilder script = new StringBuilder("enable\n");
            for (String c : commands) {
                script.append(c).append('\n');
            }
            script.append("exit\n");
            out.write(script.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder reply = new StringBuilder();
            byte[] buf = new byte[4096];
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    int n = in.read(buf);
                    if (n < 0) {
                        break;
                    }
                    reply.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                } catch (SocketTimeoutException quiet) {
                    if (reply.length() > 0) {
                        break;
                    }
                }
            }
            return reply.toString();
        }
    }

    @Override
    public void close() {
        process.close();
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
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(bindIp, VTY_PORT), 200);
                    return new OsmoHlrProcess(p, bindIp);
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            p.close();
            throw new AssertionError("osmo-hlr VTY not up within 20 s\n" + p.logTail());
        }
    }
}
