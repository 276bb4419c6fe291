package org.dgsm.node.cli;

import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.gsup.json.GsupJson;
import org.dgsm.hlr.gsup.json.GsupJsonException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** `dgsm gsup decode HEX` / `dgsm gsup encode` (JSON on stdin): GSUP messages for humans and scripts. */
@Command(name = "gsup", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Decode a GSUP message to JSON, or encode that JSON back to hex.",
        subcommands = {GsupCommand.Decode.class, GsupCommand.Encode.class})
public final class GsupCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: decode or encode");
    }

    private static int error(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println("ERROR: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }

    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Print the GSUP message (message type byte and IEs, no IPA header) as JSON.")
    static final class Decode implements Callable<Integer> {
        @Parameters(paramLabel = "HEX", description = "The message in hex; spaces and colons are ignored.")
        String hex;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            byte[] bytes;
            try {
                bytes = Hex.parse(hex.replaceAll("[\\s:]", ""));
            } catch (IllegalArgumentException e) {
                return error(spec, "not hex: " + e.getMessage());
            }
            GsupMessage message;
            try {
                message = GsupDecoder.decode(bytes);
            } catch (MalformedGsupException e) {
                return error(spec, "malformed GSUP message: " + e.getMessage());
            }
            spec.commandLine().getOut().println(GsupJson.toJson(message));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = "Read the JSON that `dgsm gsup decode` prints from stdin and print the message in hex.")
    static final class Encode implements Callable<Integer> {
        /** Bound on stdin: a GSUP message fits an IPA frame, its JSON a few kilobytes. */
        private static final int MAX_INPUT = 1 << 20;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        InputStream in = System.in;

        @Override
        public Integer call() throws IOException {
            byte[] input = in.readNBytes(MAX_INPUT + 1);
            if (input.length > MAX_INPUT) {
                return error(spec, "input larger than " + MAX_INPUT + " bytes");
            }
            GsupMessage message;
            try {
                message = GsupJson.fromJson(new String(input, StandardCharsets.UTF_8));
            } catch (GsupJsonException e) {
                return error(spec, "bad GSUP JSON: " + e.getMessage());
            }
            byte[] encoded;
            try {
                encoded = GsupEncoder.encode(message);
            } catch (IllegalArgumentException | IllegalStateException e) {
                return error(spec, "cannot encode: " + e.getMessage());
            }
            spec.commandLine().getOut().println(Hex.format(encoded));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
