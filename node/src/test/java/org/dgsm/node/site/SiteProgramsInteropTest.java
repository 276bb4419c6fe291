package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dgsm.testkit.OsmoProgram;
import org.dgsm.testkit.RunningProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configs written by {@code dgsm site init} run the real programs (Debian 12 packages osmo-sgsn, osmo-stp,
 * osmo-msc, kamailio): osmo-sgsn connects to the configured HLR and presents its configured IPA name, osmo-stp listens
 * for IPA, osmo-msc reads its whole config, Kamailio accepts its site config. All on 127.0.0.4x.
 */
class SiteProgramsInteropTest {

    private static final String GSUP_IP = "127.0.0.40";
    private static final String SGSN_IP = "127.0.0.41";
    private static final String STP_IP = "127.0.0.42";
    private static final String MSC_IP = "127.0.0.43";
    private static final String MESH_IP = "127.0.0.44";

    @TempDir
    Path dir;

    private Path site;
    private SiteOptions options;

    @BeforeEach
    void writeSite() throws IOException {
        site = dir.resolve("site");
        options = SiteTestFiles.loopbackOptions(dir.resolve("state"))
                .gsupIp(GSUP_IP).sgsnIp(SGSN_IP).ggsnIp("127.0.0.45").stpIp(STP_IP).mscIp(MSC_IP).meshIp(MESH_IP)
                .mgwIp("127.0.0.46").httpBind(GSUP_IP + ":8042")
                .build();
        SiteInitializer.init("village-a", site, options);
        Files.createDirectories(dir.resolve("state"));
    }

    private ProgramSpec program(String name) {
        return SitePrograms.of(site, dir.resolve("state"), dir.resolve("log")).stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void osmoSgsnConnectsToTheVillageHlrWithItsIpaName() throws Exception {
        OsmoProgram.require("osmo-sgsn", "osmo-sgsn");
        try (FakeGsupHlr hlr = new FakeGsupHlr(GSUP_IP, options.gsupPort());
             ProgramSupervisor sgsn = ProgramSupervisor.start(program("osmo-sgsn"))) {
            String name;
            try {
                name = hlr.clientName().get(15, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("osmo-sgsn did not identify itself within 15 s; its log:\n"
                        + Files.readString(sgsn.spec().logFile()), e);
            }
            assertThat(name).isEqualTo("sgsn-village-a");
            assertThat(sgsn.status().state()).isEqualTo(ProgramState.RUNNING);
            assertThat(sgsn.status().restarts()).isZero();
        }
    }

    @Test
    void osmoStpListensForIpa() throws Exception {
        OsmoProgram.require("osmo-stp", "osmo-stp");
        try (ProgramSupervisor stp = ProgramSupervisor.start(program("osmo-stp"))) {
            byte[] greeting = connectAndRead(new InetSocketAddress(STP_IP, options.stpPort()), 4, stp);
            // an IPA server greets with a CCM ID_GET: 'LL LL fe 04'
            assertThat(greeting[2] & 0xff).isEqualTo(0xfe);
            assertThat(greeting[3]).isEqualTo((byte) 0x04);
            assertThat(stp.status().state()).isEqualTo(ProgramState.RUNNING);
            assertThat(stp.status().restarts()).isZero();
        }
    }

    /**
     * osmo-msc reads the whole config, then opens its sockets. On kernels without SCTP it stops with exit code 9 at
     * its SGs server; on kernels with SCTP it keeps running. Either way its VTY came up on the configured address,
     * which happens only after the config was read, and it never reported a config error.
     */
    @Test
    void osmoMscAcceptsItsConfig() throws Exception {
        Path binary = OsmoProgram.require("osmo-msc", "osmo-msc");
        Path workDir = Files.createDirectories(dir.resolve("state/osmo-msc"));
        RunningProcess msc = RunningProcess.start("osmo-msc",
                List.of(binary.toString(), "-c", site.resolve("osmo-msc.cfg").toString()), workDir);
        String log;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (msc.isAlive() && !msc.log().contains("Available via telnet " + MSC_IP) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300); // let it reach the SCTP step if it is going to stop there
            log = msc.log();
            if (!msc.isAlive()) {
                assertThat(msc.process().exitValue()).as("exit code at the SCTP step\n%s", log).isEqualTo(9);
                assertThat(log).contains("SGs socket cannot be opened: Protocol not supported");
            }
        } finally {
            msc.close();
        }
        assertThat(log).doesNotContain("Failed to parse the config file", "Error occurred during reading");
        assertThat(log).contains("Available via telnet " + MSC_IP + " 4254", "CTRL at " + MSC_IP + " 4255",
                "MNCC socket at " + options.mnccSocket(), "SMPP at " + MSC_IP + " " + options.smppPort(),
                "GSUP connecting to " + GSUP_IP + ":" + options.gsupPort());
    }

    @Test
    void kamailioAcceptsTheSiteConfig() throws Exception {
        Path kamailio = OsmoProgram.require("kamailio", "kamailio");
        RunningProcess check = RunningProcess.start("kamailio-check",
                List.of(kamailio.toString(), "-c", "-f", site.resolve("kamailio/kamailio-site.cfg").toString()), dir);
        int exit = check.waitFor(Duration.ofSeconds(20));
        assertThat(exit).as(check.logTail()).isZero();
        assertThat(check.log()).contains("config file ok", "udp: " + MESH_IP);
    }

    private static byte[] connectAndRead(InetSocketAddress address, int bytes, ProgramSupervisor program)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(address, 500);
                socket.setSoTimeout(5_000);
                InputStream in = socket.getInputStream();
                return in.readNBytes(bytes);
            } catch (IOException e) {
                last = e;
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nothing listens on " + address + ": " + last + "; log:\n"
                + Files.readString(program.spec().logFile()));
    }
}
