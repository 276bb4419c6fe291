package org.dgsm.smpp.it;

import org.dgsm.smpp.message.EsmClass;
import org.dgsm.smpp.message.ShortMessage;
import org.dgsm.smpp.message.SmppAddress;
import org.dgsm.smpp.message.Tlv;
import org.dgsm.smpp.queue.QueuedSms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two villages, each with its SMSC played by Net::SMPP, their handlers talking SMPP to each other and finding
 * subscribers over multicast mslookup on loopback.
 */
class SmsBetweenVillagesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private MslookupNet net;
    private Village a;
    private Village b;

    @BeforeEach
    void startVillages() throws Exception {
        net = MslookupNet.open(42661);
        a = Village.start("A", dir.resolve("a"), InetAddress.getByName("127.0.0.1"), net, null, UnaryOperator.identity());
        b = Village.start("B", dir.resolve("b"), InetAddress.getByName("127.0.0.2"), net, null, UnaryOperator.identity());
        a.attach("1001");
        a.attach("1002");
        b.attach("2001");
    }

    @AfterEach
    void stopVillages() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (net != null) {
            net.close();
        }
    }

    /** The three parts of a UCS-2 SMS as osmo-msc hands them to its ESME (deliver_sm, datagram mode, UDHI). */
    static List<ShortMessage> threePartUcs2(String from, String to, String text, int concatRef, int firstMsgRef) {
        byte[] ucs2 = text.getBytes(StandardCharsets.UTF_16BE);
        int perPart = 134; // 140 octets minus the 6-octet concatenation header
        int parts = (ucs2.length + perPart - 1) / perPart;
        assertThat(parts).as("test text must need three parts").isEqualTo(3);
        List<ShortMessage> messages = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            ByteArrayOutputStream userData = new ByteArrayOutputStream();
            userData.writeBytes(new byte[] {0x05, 0x00, 0x03, (byte) concatRef, (byte) parts, (byte) (i + 1)});
            userData.writeBytes(Arrays.copyOfRange(ucs2, i * perPart, Math.min(ucs2.length, (i + 1) * perPart)));
            messages.add(new ShortMessage("CMT", new SmppAddress(3, 1, from), new SmppAddress(0, 1, to),
                    EsmClass.UDHI | 0x01, 0, 0, "", "", 1, 0, 0x08, 0, userData.toByteArray(),
                    List.of(new Tlv(0x0204, new byte[] {0, (byte) (firstMsgRef + i)}))));
        }
        return messages;
    }

    static final String LONG_TEXT = "Habari za asubuhi! Mkutano wa kijiji utaanza saa tatu kesho. "
            + "Tafadhali leteni taarifa za maji na umeme. 你好，世界 — ✓ ünïcødé ∑ ≠ ≈ 😀 "
            + "Asanteni sana kwa kazi nzuri ya wiki hii; tutaonana kesho.";

    @Test
    void threePartUcs2SmsArrivesAtTheOtherVillageByteIdentical() {
        List<ShortMessage> sent = threePartUcs2("1001", "2001", LONG_TEXT, 0x5a, 40);
        for (int i = 0; i < sent.size(); i++) {
            a.smsc.deliver("part" + (i + 1), sent.get(i));
        }

        List<SmscEvent> acks = a.smsc.await(e -> e.is("deliver_sm_resp") && e.str("tag").startsWith("part"), 3, WAIT,
                "deliver_sm_resp for the three parts");
        assertThat(acks).allSatisfy(e -> assertThat(e.num("status")).isZero());

        List<SmscEvent> arrived = b.smsc.await(e -> e.is("submit_sm"), 3, WAIT, "three parts at B");
        assertThat(arrived).hasSize(3);
        List<ShortMessage> received = arrived.stream().map(SmscEvent::shortMessage)
                .sorted(Comparator.comparingInt(m -> m.shortMessage()[5]))
                .toList();
        // every field, the UDH and the UCS-2 text byte for byte; none of the villages' own TLVs reach the SMSC
        assertThat(received).containsExactlyElementsOf(sent);

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (ShortMessage m : received) {
            byte[] userData = m.shortMessage();
            text.writeBytes(Arrays.copyOfRange(userData, 6, userData.length));
        }
        assertThat(text.toString(StandardCharsets.UTF_16BE)).isEqualTo(LONG_TEXT);
    }

    @Test
    void receiptsTravelBackToTheSenderWithTheOriginalMessageReference() {
        List<ShortMessage> sent = threePartUcs2("1001", "2001", LONG_TEXT, 0x11, 70);
        for (int i = 0; i < sent.size(); i++) {
            a.smsc.deliver("part" + (i + 1), sent.get(i));
        }
        b.smsc.await(e -> e.is("receipt_sent"), 3, WAIT, "receipts of B's SMSC");

        List<SmscEvent> receipts = a.smsc.await(e -> e.is("submit_sm")
                && e.num("esm_class") == EsmClass.TYPE_SME_DELIVERY_ACK, 3, WAIT, "receipts submitted at A");
        assertThat(receipts).allSatisfy(r -> {
            assertThat(r.str("destination_addr")).isEqualTo("1001");
            assertThat(r.str("source_addr")).isEqualTo("2001");
            assertThat(r.num("registered_delivery")).isZero();
            assertThat(new String(r.hex("short_message_hex"), StandardCharsets.ISO_8859_1)).contains("stat:DELIVRD");
        });
        assertThat(receipts.stream().map(r -> r.tlvs().stream().filter(t -> t.tag() == 0x0204).findFirst()
                .orElseThrow().value()[1]).sorted().toList())
                .containsExactly((byte) 70, (byte) 71, (byte) 72);
        awaitEmptyQueue(a);
        awaitEmptyQueue(b);
    }

    @Test
    void smsForASubscriberOfTheSameVillageGoesBackToItsOwnSmsc() {
        ShortMessage sms = new ShortMessage("CMT", new SmppAddress(3, 1, "1001"), new SmppAddress(0, 1, "1002"), 0x01,
                0, 0, "", "", 1, 0, 0x00, 0, "Tuonane sokoni".getBytes(StandardCharsets.US_ASCII),
                List.of(new Tlv(0x0204, new byte[] {0, 9})));
        a.smsc.deliver("local", sms);

        SmscEvent submitted = a.smsc.awaitOne(e -> e.is("submit_sm") && e.num("esm_class") == 0x01, WAIT,
                "the SMS back at A's SMSC");
        assertThat(submitted.shortMessage()).isEqualTo(sms);
        SmscEvent receipt = a.smsc.awaitOne(e -> e.is("submit_sm")
                && e.num("esm_class") == EsmClass.TYPE_SME_DELIVERY_ACK, WAIT, "the receipt for 1001");
        assertThat(receipt.str("destination_addr")).isEqualTo("1001");
        assertThat(receipt.tlvs()).contains(new Tlv(0x0204, new byte[] {0, 9}));
        assertThat(b.smsc.events("submit_sm")).isEmpty();
        awaitEmptyQueue(a);
    }

    @Test
    void smsForAnUnknownSubscriberWaitsInTheQueueUntilAVillageAnswers() {
        ShortMessage sms = new ShortMessage("CMT", new SmppAddress(3, 1, "1001"), new SmppAddress(0, 1, "3003"), 0x01,
                0, 0, "", "", 0, 0, 0x00, 0, "Uko wapi?".getBytes(StandardCharsets.US_ASCII), List.of());
        a.smsc.deliver("lost", sms);
        a.smsc.awaitOne(e -> e.is("deliver_sm_resp") && e.str("tag").equals("lost") && e.num("status") == 0, WAIT,
                "acknowledgement of the stored SMS");

        QueuedSms queued = awaitQueue(a, q -> q.size() == 1 && q.get(0).attempts() >= 2);
        assertThat(queued.to()).isEqualTo("3003");
        assertThat(queued.kind()).isEqualTo("sms");
        assertThat(queued.lastError()).contains("no village answers smpp.sms.3003.msisdn");
        assertThat(a.handler().status().queued()).isEqualTo(1);

        b.attached.attach("3003", b.advertised);
        SmscEvent arrived = b.smsc.awaitOne(e -> e.is("submit_sm"), WAIT, "the SMS at B once 3003 attached there");
        assertThat(arrived.shortMessage()).isEqualTo(sms);
        awaitEmptyQueue(a);
    }

    private static void awaitEmptyQueue(Village v) {
        awaitQueue(v, List::isEmpty);
    }

    private static QueuedSms awaitQueue(Village v, java.util.function.Predicate<List<QueuedSms>> condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<QueuedSms> q = v.handler().queue();
        while (!condition.test(q)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("queue of " + v.name + " never reached the expected state: " + q);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            q = v.handler().queue();
        }
        return q.isEmpty() ? null : q.get(0);
    }
}
