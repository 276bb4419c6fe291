package org.dgsm.node.cli;

import org.dgsm.node.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;


/** The `dgsm` launcher: one village node and its tools. */
@Command(name = "dgsm",
        mixinStandardHelpOptions = true,
        versionProvider = DgsmCommand.Version.class,
        description = "Distributed GSM village node: mslookup, HLR and D-GSM proxy, compatible with OsmoHLR.",
        subcommands = {RunCommand.class, SubscriberCommand.class, MslookupCommand.class, GsupCommand.class,
                SmsCommand.class, RoamingCommand.class, SiteCommand.class,
                SimulateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class DgsmCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static CommandLine commandLine() {
        return new CommandLine(new DgsmCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dgsm " + BuildInfo.version()};
        }
    }
}
