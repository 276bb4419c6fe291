package org.dgsm.node.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.smpp.SmsHandler;
import org.dgsm.smpp.queue.QueuedSms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `dgsm sms queue`: the messages and receipts this village holds, with attempts and next retry. */
@Command(name = "sms", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "SMS between villages.", subcommands = {SmsCommand.Queue.class})
public final class SmsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: queue");
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "List queued SMS and receipts (works while the node runs).")
    static final class Queue implements Callable<Integer> {
        @Option(names = "--queue", paramLabel = "PATH", description = "The SMS queue file (default ${DEFAULT-VALUE}).")
        Path queue = Path.of("var", "sms-queue.db");

        @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "(default ${DEFAULT-VALUE})")
        String format = "text";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "format must be text or json");
            }
            if (!Files.exists(queue)) {
                spec.commandLine().getErr().println("ERROR: no SMS queue at " + queue);
                return 1;
            }
            List<QueuedSms> all = SmsHandler.readQueue(queue);
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                ArrayNode array = SubscriberCommand.JSON.createArrayNode();
                for (QueuedSms q : all) {
                    ObjectNode o = array.addObject();
                    o.put("id", q.id());
                    o.put("kind", q.kind());
                    o.put("from", q.from());
                    o.put("to", q.to());
                    o.put("state", q.state());
                    o.put("attempts", q.attempts());
                    o.put("created", String.valueOf(q.createdAt()));
                    o.put("next_attempt", q.nextAttemptAt() == null ? null : q.nextAttemptAt().toString());
                    o.put("expires", String.valueOf(q.expiresAt()));
                    o.put("next_hop", q.nextHop());
                    o.put("last_error", q.lastError());
                    o.put("part", q.part());
                }
                out.println(array.toPrettyString());
            } else {
                out.printf("%-8s %-8s %-15s %-15s %-16s %8s  %-24s %s%n", "id", "kind", "from", "to", "state",
                        "attempts", "next attempt", "next hop / last error");
                for (QueuedSms q : all) {
                    out.printf("%-8s %-8s %-15s %-15s %-16s %8d  %-24s %s%s%n", q.id().substring(0, Math.min(8, q.id().length())),
                            q.kind() + (q.part().isEmpty() ? "" : " " + q.part()), q.from(), q.to(), q.state(),
                            q.attempts(), q.nextAttemptAt() == null ? "-" : q.nextAttemptAt().toString(), q.nextHop(),
                            q.lastError().isEmpty() ? "" : " (" + q.lastError() + ")");
                }
            }
            out.flush();
            return 0;
        }
    }
}
