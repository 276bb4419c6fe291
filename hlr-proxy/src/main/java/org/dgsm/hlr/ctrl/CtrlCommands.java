package org.dgsm.hlr.ctrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dgsm.hlr.store.StoreException;
import org.dgsm.hlr.store.SubscriberStore;

/**
 * osmo-hlr 1.5's CTRL commands on a {@link SubscriberStore}: takes a parsed {@link CtrlCommand} and returns the
 * answer osmo-hlr would send, byte for byte, or none.
 *
 * <p>Variables: {@code subscriber.create}, {@code subscriber.delete} (SET only, value an IMSI, answer the id), and
 * under {@code subscriber.by-imsi-<IMSI>}, {@code by-msisdn-<MSISDN>} or {@code by-id-<id>}: {@code info},
 * {@code info-aud}, {@code info-all} (GET only), {@code cs-enabled}, {@code ps-enabled} ({@code 0}/{@code 1}),
 * {@code msisdn} (digits or {@code none}), {@code aud2g} ({@code none} or {@code <algo>,<Ki>}), {@code aud3g}
 * ({@code none} or {@code <algo>,<K>,op|opc,<OP/OPc>[,<IND bit length>]}). A variable is read as libosmocore does:
 * dots separate words, empty words vanish, and words after the command's own are ignored.
 *
 * <p>Incoming replies: a GET_REPLY or SET_REPLY whose value starts with {@code OK}, and any ERROR, get no answer;
 * other replies and TRAPs are answered with an ERROR, as osmo does.
 *
 * <p>Deliberate differences to osmo-hlr 1.5: the process-internal variables {@code rate_ctr.*}, {@code stat_item.*},
 * {@code counter.*} and {@code fsm.*} do not exist here ({@code Command not found}); {@code periodic_lu_timer},
 * {@code periodic_rau_tau_timer} and {@code lmsi} are always 0 and {@code sgsn_address} is never shown (osmo-hlr
 * never writes those columns); XOR-3G data is stored without the OP/OPc given (XOR-3G does not use it) and shown with
 * OPc 000…0.
 *
 * <p>Holds no state of its own besides the store, so it may be shared between connections and threads.
 */
public final class CtrlCommands {

    /** libosmocore's answer when a command failed without saying why. */
    static final String GENERIC_ERROR = "An error has occurred.";

    private enum Node { ROOT, SUBSCRIBER, SUBSCRIBER_BY }

    private final SubscriberAttributes attributes;
    private final SubscriberListCommands listCommands;

    public CtrlCommands(SubscriberStore store) {
        Objects.requireNonNull(store, "store");
        SubscriberLookup lookup = new SubscriberLookup(store);
        this.attributes = new SubscriberAttributes(store, lookup);
        this.listCommands = new SubscriberListCommands(store);
    }

    /** The answer to a received command, or empty when osmo sends none. */
    public Optional<CtrlCommand> handle(CtrlCommand command) {
        Objects.requireNonNull(command, "command");
        switch (command.type()) {
            case ERROR -> {
                return Optional.empty();
            }
            case GET_REPLY, SET_REPLY -> {
                if (command.value().startsWith("OK")) {
                    return Optional.empty();
                }
            }
            default -> {
            }
        }
        try {
            String value = resolveAndRun(command);
            return Optional.of(command.type() == CtrlType.SET
                    ? CtrlCommand.setReply(command.id(), command.variable(), value)
                    : CtrlCommand.getReply(command.id(), command.variable(), value));
        } catch (CtrlFailure e) {
            return Optional.of(CtrlCommand.error(command.id(), e.getMessage()));
        } catch (StoreException | IllegalStateException e) {
            // a database failure, or a store already closed, where osmo-hlr gives no text of its own
            return Optional.of(CtrlCommand.error(command.id(), GENERIC_ERROR));
        }
    }

    /** Walks the variable's words through the nodes, then runs the command word found. */
    private String resolveAndRun(CtrlCommand command) {
        List<String> words = words(command.variable());
        if (words.isEmpty()) {
            throw new CtrlFailure("cmd_make_strvec failed.");
        }
        Node node = Node.ROOT;
        String selector = null;
        for (String word : words) {
            if (node == Node.ROOT && word.equals("subscriber")) {
                node = Node.SUBSCRIBER;
            } else if (node == Node.SUBSCRIBER && word.startsWith("by-")) {
                node = Node.SUBSCRIBER_BY;
                selector = word;
            } else {
                return run(command, node, selector, word);
            }
        }
        throw new CtrlFailure("Command not present.");
    }

    private String run(CtrlCommand command, Node node, String selector, String word) {
        boolean isSet = command.type() == CtrlType.SET;
        if (!isSet && command.type() != CtrlType.GET) {
            throw new CtrlFailure("Trying to execute something not GET or SET");
        }
        if (node == Node.SUBSCRIBER && SubscriberListCommands.NAMES.contains(word)) {
            if (!isSet) {
                throw new CtrlFailure("Write Only attribute");
            }
            return listCommands.set(word, command.value());
        }
        if (node == Node.SUBSCRIBER_BY && SubscriberAttributes.NAMES.contains(word)) {
            if (!isSet) {
                return attributes.get(word, selector);
            }
            Optional<String> refused = attributes.verify(word, command.value());
            if (refused.isPresent()) {
                throw new CtrlFailure(refused.get());
            }
            return attributes.set(word, selector, command.value());
        }
        throw new CtrlFailure("Command not found");
    }

    /** The variable's words: dots (and white space, which decoded variables never hold) separate, empty words vanish. */
    private static List<String> words(String variable) {
        List<String> words = new ArrayList<>();
        for (String word : variable.split("[. \\t\\n\\u000b\\f\\r]")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
