package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one event makes the HLR send. Answers are addressed the way osmo-hlr addresses them: to the peer
 * that currently reaches the original source, looked up when the answer is sent; an answer nobody reaches is dropped
 * (and logged), as osmo drops it.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final GsupRoutes routes;
    private final List<GsupSend> sends = new ArrayList<>(2);

    Outbox(GsupRoutes routes) {
        this.routes = routes;
    }

    /** Sends {@code answer} towards {@code source} (an IPA name), through whichever peer reaches it. */
    void answer(Octets source, GsupMessage answer) {
        routes.peerFor(source).ifPresentOrElse(
                peer -> sends.add(new GsupSend(peer, answer)),
                () -> LOG.debug("No route to {}, dropping {} for IMSI {}", IpaNames.printable(source),
                        answer.type(), answer.imsi()));
    }

    /** Sends {@code answer} to the source of {@code received}. */
    void answer(ReceivedMessage received, GsupMessage answer) {
        answer(received.source(), answer);
    }

    /** Sends {@code message} to a connected peer. */
    void send(Octets peer, GsupMessage message) {
        sends.add(new GsupSend(peer, message));
    }

    List<GsupSend> toList() {
        return List.copyOf(sends);
    }
}
