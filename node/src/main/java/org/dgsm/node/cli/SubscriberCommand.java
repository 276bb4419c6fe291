package org.dgsm.node.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.StoreException;
import org.dgsm.hlr.store.Subscriber;
import org.dgsm.hlr.store.SubscriberStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** `dgsm subscriber add|list|show|update|delete`: provisioning on the village's hlr.db. */
@Command(name = "subscriber", mixinStandardHelpOptions = true, versionProvider = DgsmCommand.Version.class,
        description = "Provision subscribers in an osmo-hlr hlr.db (created if missing).",
        subcommands = {SubscriberCommand.Add.class, SubscriberCommand.ListCmd.class, SubscriberCommand.Show.class,
                SubscriberCommand.Update.class, SubscriberCommand.Delete.class})
public final class SubscriberCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: add, list, show, update or delete");
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Options every subcommand shares. */
    static final class Database {
        @Option(names = "--db", paramLabel = "PATH", description = "The hlr.db (default ${DEFAULT-VALUE}).")
        Path db = Path.of("var", "hlr.db");
    }

    /** Auth data options of add and update. */
    static final class AuthOptions {
        @Option(names = "--ki", paramLabel = "HEX", description = "2G key Ki (32 hex digits).")
        String ki;

        @Option(names = "--algo2g", paramLabel = "ALGO", description = "comp128v1 (default), comp128v2, comp128v3, xor, xor-2g.")
        String algo2g;

        @Option(names = "--k", paramLabel = "HEX", description = "3G key K (32 hex digits; TUAK also 64).")
        String k;

        @Option(names = "--opc", paramLabel = "HEX", description = "MILENAGE/TUAK OPc.")
        String opc;

        @Option(names = "--op", paramLabel = "HEX", description = "MILENAGE/TUAK OP (instead of OPc).")
        String op;

        @Option(names = "--algo3g", paramLabel = "ALGO", description = "milenage (default), tuak, xor.")
        String algo3g;

        @Option(names = "--ind-bitlen", paramLabel = "N", description = "IND bits of the SQN (default 5).")
        Integer indBitlen;

        AuthData2g auth2g() {
            if (ki == null) {
                if (algo2g != null) {
                    throw new IllegalArgumentException("--algo2g needs --ki");
                }
                return null;
            }
            AuthAlgorithm algorithm = switch (algo2g == null ? "comp128v1" : algo2g.toLowerCase(Locale.ROOT)) {
                case "comp128v1" -> AuthAlgorithm.COMP128V1;
                case "comp128v2" -> AuthAlgorithm.COMP128V2;
                case "comp128v3" -> AuthAlgorithm.COMP128V3;
                case "xor" -> AuthAlgorithm.XOR_3G;     // what osmo-hlr 1.5's "aud2g xor" stores
                case "xor-2g" -> AuthAlgorithm.XOR_2G;
                default -> throw new IllegalArgumentException("unknown --algo2g '" + algo2g
                        + "': comp128v1, comp128v2, comp128v3, xor or xor-2g");
            };
            return AuthData2g.of(algorithm, ki);
        }

        AuthData3g auth3g() {
            if (k == null) {
                if (algo3g != null || op != null || opc != null || indBitlen != null) {
                    throw new IllegalArgumentException("--algo3g, --op, --opc and --ind-bitlen need --k");
                }
                return null;
            }
            if (op != null && opc != null) {
                throw new IllegalArgumentException("give either --op or --opc, not both");
            }
            AuthAlgorithm algorithm = switch (algo3g == null ? "milenage" : algo3g.toLowerCase(Locale.ROOT)) {
                case "milenage" -> AuthAlgorithm.MILENAGE;
                case "tuak" -> AuthAlgorithm.TUAK;
                case "xor", "xor-3g" -> AuthAlgorithm.XOR_3G;
                default -> throw new IllegalArgumentException("unknown --algo3g '" + algo3g + "': milenage, tuak or xor");
            };
            if (algorithm != AuthAlgorithm.XOR_3G && op == null && opc == null) {
                throw new IllegalArgumentException(algorithm.displayName() + " needs --opc or --op");
            }
            return new AuthData3g(algorithm.id(), k, op, opc, 0,
                    indBitlen == null ? AuthData3g.DEFAULT_IND_BITLEN : indBitlen);
        }
    }

    /** Runs {@code action} on the opened store, turning bad input into a usage error and store failures into exit 1. */
    static int withStore(CommandLine.Model.CommandSpec spec, Path db, StoreAction action) {
        try (SubscriberStore store = SubscriberStore.open(db)) {
            action.run(store, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (StoreException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("ERROR: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    @FunctionalInterface
    interface StoreAction {
        void run(SubscriberStore store, PrintWriter out);
    }

    static ObjectNode json(SubscriberStore store, Subscriber s, boolean withKeys) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("imsi", s.imsi());
        o.put("msisdn", s.msisdn());
        o.put("imei", s.imei());
        o.put("cs_enabled", s.namCs());
        o.put("ps_enabled", s.namPs());
        o.put("vlr", s.vlrNumber());
        o.put("sgsn", s.sgsnNumber());
        o.put("last_lu_seen", s.lastLuSeen() == null ? null : s.lastLuSeen().toString());
        o.put("last_lu_seen_ps", s.lastLuSeenPs() == null ? null : s.lastLuSeenPs().toString());
        o.put("vlr_via_proxy", s.vlrViaProxy());
        o.put("purged_cs", s.msPurgedCs());
        o.put("purged_ps", s.msPurgedPs());
        store.findAuth2g(s.id()).ifPresent(a -> {
            ObjectNode n = o.putObject("auth2g");
            n.put("algorithm", a.algorithm().map(AuthAlgorithm::displayName).orElse(Integer.toString(a.algorithmId())));
            if (withKeys) {
                n.put("ki", a.ki());
            }
        });
        store.findAuth3g(s.id()).ifPresent(a -> {
            ObjectNode n = o.putObject("auth3g");
            n.put("algorithm", a.algorithm().map(AuthAlgorithm::displayName).orElse(Integer.toString(a.algorithmId())));
            if (withKeys) {
                n.put("k", a.k());
                n.put(a.usesOp() ? "op" : "opc", a.usesOp() ? a.op() : a.opc());
            }
            n.put("sqn", a.sqn());
            n.put("ind_bitlen", a.indBitlen());
        });
        return o;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a subscriber.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Mixin Database database = new Database();
        @Option(names = "--imsi", required = true, paramLabel = "IMSI") String imsi;
        @Option(names = "--msisdn", paramLabel = "MSISDN") String msisdn;
        @CommandLine.Mixin AuthOptions auth = new AuthOptions();
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return withStore(spec, database.db, (store, out) -> {
                AuthData2g a2 = auth.auth2g();
                AuthData3g a3 = auth.auth3g();
                Subscriber s = store.createWithAuth(imsi, msisdn, a2, a3);
                out.println("added subscriber " + s.imsi() + (s.msisdn() == null ? "" : " msisdn " + s.msisdn())
                        + " (id " + s.id() + ")");
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscribers (keys are never shown).")
    static final class ListCmd implements Callable<Integer> {
        @CommandLine.Mixin Database database = new Database();
        @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "(default ${DEFAULT-VALUE})")
        String format = "text";
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "format must be text or json, got '" + format + "'");
            }
            return withStore(spec, database.db, (store, out) -> {
                List<Subscriber> all = store.list();
                if (format.equals("json")) {
                    ArrayNode array = JSON.createArrayNode();
                    all.forEach(s -> array.add(json(store, s, false)));
                    out.println(array.toPrettyString());
                    return;
                }
                out.printf("%-6s %-15s %-15s %-10s %-10s %s%n", "id", "imsi", "msisdn", "2g", "3g", "vlr");
                for (Subscriber s : all) {
                    out.printf("%-6d %-15s %-15s %-10s %-10s %s%n", s.id(), s.imsi(), dash(s.msisdn()),
                            store.findAuth2g(s.id()).flatMap(AuthData2g::algorithm).map(AuthAlgorithm::displayName).orElse("-"),
                            store.findAuth3g(s.id()).flatMap(AuthData3g::algorithm).map(AuthAlgorithm::displayName).orElse("-"),
                            dash(s.vlrNumber()));
                }
            });
        }

        private static String dash(String s) {
            return s == null ? "-" : s;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one subscriber as JSON, keys included.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Mixin Database database = new Database();
        @Option(names = "--imsi", paramLabel = "IMSI") String imsi;
        @Option(names = "--msisdn", paramLabel = "MSISDN") String msisdn;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if ((imsi == null) == (msisdn == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --imsi or --msisdn");
            }
            return withStore(spec, database.db, (store, out) -> {
                Subscriber s = (imsi != null ? store.findByImsi(imsi) : store.findByMsisdn(msisdn))
                        .orElseThrow(() -> new org.dgsm.hlr.store.UnknownSubscriberException(
                                "no subscriber with " + (imsi != null ? "IMSI " + imsi : "MSISDN " + msisdn)));
                out.println(json(store, s, true).toPrettyString());
            });
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change a subscriber's MSISDN, network access or auth data.")
    static final class Update implements Callable<Integer> {
        @CommandLine.Mixin Database database = new Database();
        @Option(names = "--imsi", required = true, paramLabel = "IMSI") String imsi;
        @Option(names = "--msisdn", paramLabel = "MSISDN", description = "New MSISDN; 'none' removes it.") String msisdn;
        @Option(names = "--cs", paramLabel = "on|off", description = "Circuit-switched access.") String cs;
        @Option(names = "--ps", paramLabel = "on|off", description = "Packet-switched access.") String ps;
        @Option(names = "--no-auth2g", description = "Remove the 2G auth data.") boolean clear2g;
        @Option(names = "--no-auth3g", description = "Remove the 3G auth data.") boolean clear3g;
        @CommandLine.Mixin AuthOptions auth = new AuthOptions();
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return withStore(spec, database.db, (store, out) -> {
                Boolean csOn = onOff("--cs", cs);
                Boolean psOn = onOff("--ps", ps);
                AuthData2g a2 = auth.auth2g();
                AuthData3g a3 = auth.auth3g();
                if ((clear2g && a2 != null) || (clear3g && a3 != null)) {
                    throw new IllegalArgumentException("cannot set and remove the same auth data");
                }
                Subscriber s = store.update(imsi, new SubscriberStore.Changes(
                        msisdn == null ? null : ("none".equals(msisdn) ? SubscriberStore.Changes.REMOVE : msisdn),
                        csOn, psOn, a2, clear2g, a3, clear3g));
                out.println("updated subscriber " + s.imsi());
            });
        }

        private static Boolean onOff(String option, String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "on", "1", "true" -> true;
                case "off", "0", "false" -> false;
                default -> throw new IllegalArgumentException(option + " takes on or off, got '" + value + "'");
            };
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a subscriber and its auth data.")
    static final class Delete implements Callable<Integer> {
        @CommandLine.Mixin Database database = new Database();
        @Option(names = "--imsi", required = true, paramLabel = "IMSI") String imsi;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return withStore(spec, database.db, (store, out) -> {
                store.delete(imsi);
                out.println("deleted subscriber " + imsi);
            });
        }
    }
}
