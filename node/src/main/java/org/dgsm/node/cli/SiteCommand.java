package org.dgsm.node.cli;

import org.dgsm.node.site.SiteInitializer;
import org.dgsm.node.site.SiteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `dgsm site init NAME`: a village config plus configs for osmo-msc, osmo-sgsn, osmo-stp and the PBX. */
@Command(name = "site", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Set up a village.", subcommands = {SiteCommand.Init.class})
public final class SiteCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: init");
    }

    @Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Write village.yaml and the configs of osmo-msc, osmo-sgsn, osmo-stp, osmo-sip-connector,"
                    + " FreeSWITCH and Kamailio for village NAME into --dir (nothing is overwritten unless --force).",
                    "Every value is documented in site-configs/templates/README.md."})
    static final class Init implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The village's name.")
        String name;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to write (default: ./NAME).")
        Path dir;

        @Option(names = "--mesh-ip", paramLabel = "IP", description = "This village's address on the mesh.")
        String meshIp;

        @Option(names = "--mesh-interface", paramLabel = "IFACE", description = "The mesh interface for mslookup (default lo).")
        String meshInterface;

        @Option(names = "--mslookup-ttl", paramLabel = "N", description = "Multicast TTL (default 1).")
        Integer ttl;

        @Option(names = "--mcc", paramLabel = "MCC") String mcc;
        @Option(names = "--mnc", paramLabel = "MNC") String mnc;

        @Option(names = "--database", paramLabel = "PATH", description = "The hlr.db (default /var/lib/dgsm/hlr.db).")
        String database;

        @Option(names = "--smpp-password", paramLabel = "TEXT", description = "Password for osmo-msc's ESME (default: random).")
        String smppPassword;

        @Option(names = "--force", description = "Overwrite existing files.")
        boolean force;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            SiteOptions options;
            try {
                SiteOptions.Builder b = SiteOptions.builder().overwrite(force);
                if (meshIp != null) {
                    b.meshIp(meshIp).gsupIp(meshIp).mscIp(meshIp).sgsnIp(meshIp).stpIp(meshIp)
                            .httpBind(meshIp + ":8042");
                }
                if (meshInterface != null) {
                    b.mslookupInterface(meshInterface);
                }
                if (ttl != null) {
                    b.mslookupTtl(ttl);
                }
                if (mcc != null) {
                    b.mcc(mcc);
                }
                if (mnc != null) {
                    b.mnc(mnc);
                }
                if (database != null) {
                    b.database(database);
                }
                if (smppPassword != null) {
                    b.smppPassword(smppPassword);
                }
                options = b.build();
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            List<Path> written;
            try {
                written = SiteInitializer.init(name, dir != null ? dir : Path.of(name), options);
            } catch (IllegalArgumentException | IllegalStateException | java.nio.file.FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("ERROR: " + e.getMessage());
                return 1;
            }
            written.forEach(p -> spec.commandLine().getOut().println("wrote " + p));
            return 0;
        }
    }
}
