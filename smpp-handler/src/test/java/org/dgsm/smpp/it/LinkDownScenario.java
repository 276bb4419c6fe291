package org.dgsm.smpp.it;

import org.dgsm.smpp.message.EsmClass;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.Tlv;
import org.dgsm.smpp.queue.QueuedSms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Village B is reachable only through a relay; the relay goes down, an SMS from A to B is accepted at A, A's handler
 * is restarted on the same queue file while the link is still down, and the link returns after {@code outage}. The
 * SMS must reach B's SMSC exactly once and the sender must get the delivery receipt.
 */
final class LinkDownScenario implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    final MslookupNet net;
    final Village a;
    final Village b;
    final ImpairingRelay relay;

    private LinkDownScenario(MslookupNet net, Village a, Village b, ImpairingRelay relay) {
        this.net = net;
        this.a = a;
        this.b = b;
        this.relay = relay;
    }

    static LinkDownScenario start(Path dir, int multicastPort) throws IOException {
        MslookupNet net = MslookupNet.open(multicastPort);
        Village a = null;
        Village b = null;
        try {
            InetAddress relayIp = InetAddress.getByName("127.0.0.3");
            InetSocketAddress relayAddress = new InetSocketAddress(relayIp, Village.freePort(relayIp));
            b = Village.start("B", dir.resolve("b"), InetAddress.getByName("127.0.0.2"), net, relayAddress,
                    UnaryOperator.identity());
            ImpairingRelay relay = ImpairingRelay.start(relayAddress, b.listen, ImpairingRelay.Impairment.none());
            a = Village.start("A", dir.resolve("a"), InetAddress.getByName("127.0.0.1"), net, null,
                    UnaryOperator.identity());
            a.attach("1001");
            b.attach("2001");
            return new LinkDownScenario(net, a, b, relay);
        } catch (IOException | RuntimeException | Error e) {
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            net.close();
            throw e;
        }
    }

    static ShortMessage sms(String text, int reference) {
        return sms(text, reference, 1);
    }

    static ShortMessage sms(String text, int reference, int registeredDelivery) {
        return new ShortMessage("CMT", new SmppAddress(3, 1, "1001"), new SmppAddress(0, 1, "2001"), 0x01, 0, 0, "",
                "", registeredDelivery, 0, 0x00, 0, text.getBytes(StandardCharsets.US_ASCII),
                List.of(new Tlv(0x0204, new byte[] {0, (byte) reference})));
    }

    void run(Duration outage) throws Exception {
        relay.setDown(true);
        long downSince = System.nanoTime();
        ShortMessage sms = sms("Kiungo kimekatika, lakini ujumbe utafika.", 33);
        a.smsc.deliver("sms", sms);
        a.smsc.awaitOne(e -> e.is("deliver_sm_resp") && e.num("status") == 0, WAIT, "A's acknowledgement");

        QueuedSms before = awaitQueue(a, q -> q.size() == 1 && q.get(0).attempts() >= 2, WAIT).get(0);
        a.stopHandler();
        a.startHandler();
        QueuedSms after = a.handler().queue().get(0);
        assertThat(after.id()).as("the same SMS after the restart").isEqualTo(before.id());
        assertThat(after.attempts()).isGreaterThanOrEqualTo(before.attempts());
        assertThat(b.smsc.events("submit_sm")).as("nothing may pass while the link is down").isEmpty();

        long left = outage.toNanos() - (System.nanoTime() - downSince);
        if (left > 0) {
            Thread.sleep(left / 1_000_000);
        }
        assertThat(b.smsc.events("submit_sm")).as("nothing may pass while the link is down").isEmpty();
        relay.setDown(false);

        SmscEvent arrived = b.smsc.awaitOne(e -> e.is("submit_sm"), WAIT, "the SMS at B after the link returned");
        assertThat(arrived.shortMessage()).isEqualTo(sms);
        SmscEvent receipt = a.smsc.awaitOne(e -> e.is("submit_sm")
                && e.num("esm_class") == EsmClass.TYPE_SME_DELIVERY_ACK, WAIT, "the delivery receipt at A");
        assertThat(receipt.str("destination_addr")).isEqualTo("1001");
        assertThat(receipt.tlvs()).contains(new Tlv(0x0204, new byte[] {0, 33}));

        awaitQueue(a, List::isEmpty, WAIT);
        awaitQueue(b, List::isEmpty, WAIT);
        // several retry intervals more: nothing may come twice
        Thread.sleep(3_000);
        assertThat(b.smsc.events("submit_sm")).hasSize(1);
        assertThat(a.smsc.events("submit_sm")).hasSize(1);
    }

    static List<QueuedSms> awaitQueue(Village v, java.util.function.Predicate<List<QueuedSms>> condition,
                                      Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<QueuedSms> q = v.handler().queue();
        while (!condition.test(q)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("queue of " + v.name + " never reached the expected state: " + q
                        + "\n" + v.smsc.logTail());
            }
            Thread.sleep(50);
            q = v.handler().queue();
        }
        return q;
    }

    @Override
    public void close() {
        try {
            relay.close();
            a.close();
            b.close();
        } finally {
            net.close();
        }
    }
}
