package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.ipa.IpaFrame;
import org.dgsm.hlr.ipa.IpaFrameDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandlerLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Octets MSC_A = Octets.ascii("msc-A\0");
    private static final Octets MSC_B = Octets.ascii("msc-B\0");

    /** Collects what the loop sends and whether it was closed. */
    private static final class FakeLink implements PeerLink {
        final BlockingQueue<byte[]> sent = new LinkedBlockingQueue<>();
        final BlockingQueue<String> closed = new LinkedBlockingQueue<>();
        final AtomicInteger handled = new AtomicInteger();
        final InetSocketAddress remote;

        FakeLink(int port) {
            remote = new InetSocketAddress("127.0.0.1", port);
        }

        @Override
        public void send(byte[] frames) {
            sent.add(frames);
        }

        @Override
        public void close(String reason) {
            closed.add(reason);
        }

        @Override
        public void messageHandled() {
            handled.incrementAndGet();
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return remote;
        }

        GsupMessage nextGsup() throws Exception {
            byte[] frame = sent.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("a frame sent").isNotNull();
            List<IpaFrame> frames = new IpaFrameDecoder().feed(frame);
            assertThat(frames).singleElement().matches(IpaFrame::isGsup);
            return GsupDecoder.decode(frames.get(0).payload().toByteArray());
        }
    }

    private final ScriptedHandler handler = new ScriptedHandler();
    private final HandlerLoop loop = new HandlerLoop(handler, System::currentTimeMillis);

    @AfterEach
    void close() {
        loop.close(1_000);
    }

    /** The handled count is reported just after the handler's sends went out. */
    private static void awaitHandled(FakeLink link, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (link.handled.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(link.handled.get()).isEqualTo(expected);
    }

    private static GsupMessage sai(String imsi) {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).build();
    }

    @Test
    void sendsTheHandlersAnswerToTheConnectionOfTheNamedPeer() throws Exception {
        FakeLink a = new FakeLink(1);
        FakeLink b = new FakeLink(2);
        loop.identified(MSC_A, a);
        loop.identified(MSC_B, b);
        loop.message(MSC_B, b, sai("901700000024701"));
        GsupMessage answer = b.nextGsup();
        assertThat(answer.messageType()).isEqualTo(GsupMessageType.SEND_AUTH_INFO_RESULT.code());
        assertThat(a.sent).isEmpty();
        awaitHandled(b, 1);
    }

    @Test
    void reportsPeersInOrderAndListsThem() throws Exception {
        FakeLink a = new FakeLink(1);
        loop.identified(MSC_A, a);
        assertThat(handler.next(ScriptedHandler.Kind.CONNECTED, WAIT).peer()).isEqualTo(MSC_A);
        assertThat(loop.peers()).extracting(GsupPeer::displayName).containsExactly("msc-A");
        assertThat(loop.peers().get(0).remoteAddress()).isEqualTo(a.remote);
        loop.gone(MSC_A, a);
        assertThat(handler.next(ScriptedHandler.Kind.DISCONNECTED, WAIT).peer()).isEqualTo(MSC_A);
        assertThat(loop.peers()).isEmpty();
    }

    @Test
    void aNewConnectionWithTheSameNameTakesOverAndTheOldOneIsClosedWithoutADisconnect() throws Exception {
        FakeLink first = new FakeLink(1);
        FakeLink second = new FakeLink(2);
        loop.identified(MSC_A, first);
        loop.identified(MSC_A, second);
        assertThat(first.closed.poll(5, TimeUnit.SECONDS)).contains("same IPA name");
        loop.gone(MSC_A, first);
        loop.message(MSC_A, second, sai("901700000024701"));
        assertThat(second.nextGsup().imsi()).isEqualTo("901700000024701");
        assertThat(handler.drain()).extracting(ScriptedHandler.Call::kind).containsExactly(
                ScriptedHandler.Kind.CONNECTED, ScriptedHandler.Kind.CONNECTED, ScriptedHandler.Kind.MESSAGE);
        assertThat(loop.peers()).singleElement().extracting(GsupPeer::remoteAddress).isEqualTo(second.remote);
    }

    @Test
    void dropsWhatIsSentToAPeerThatIsNotConnected() throws Exception {
        FakeLink a = new FakeLink(1);
        loop.identified(MSC_A, a);
        GsupMessage forB = GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, "901700000024701")
                .destinationName(MSC_B).build();
        loop.message(MSC_A, a, forB);
        loop.message(MSC_A, a, sai("901700000024702"));
        assertThat(a.nextGsup().imsi()).as("the loop goes on").isEqualTo("901700000024702");
        assertThat(a.sent).isEmpty();
    }

    @Test
    void survivesAHandlerThatThrows() throws Exception {
        FakeLink a = new FakeLink(1);
        loop.identified(MSC_A, a);
        handler.failNextMessage(new IllegalStateException("boom"));
        loop.message(MSC_A, a, sai("901700000024701"));
        loop.message(MSC_A, a, sai("901700000024702"));
        assertThat(a.nextGsup().imsi()).isEqualTo("901700000024702");
        awaitHandled(a, 2);
    }

    @Test
    void callsOnTimeAtTheHandlersDeadlineOnTheHandlerThread() throws Exception {
        FakeLink a = new FakeLink(1);
        long deadline = System.currentTimeMillis() + 150;
        handler.scheduleAt(deadline);
        handler.onTimeSend(new GsupSend(MSC_A, sai("901700000024709")));
        loop.identified(MSC_A, a);
        ScriptedHandler.Call time = handler.next(ScriptedHandler.Kind.TIME, WAIT);
        assertThat(time.nowMillis()).isGreaterThanOrEqualTo(deadline);
        assertThat(a.nextGsup().imsi()).isEqualTo("901700000024709");
        assertThat(handler.threads()).singleElement().asString().startsWith("gsup-handler-");
    }

    @Test
    void closeReportsEveryConnectedPeerAsDisconnected() throws Exception {
        loop.identified(MSC_A, new FakeLink(1));
        loop.identified(MSC_B, new FakeLink(2));
        loop.close(1_000);
        assertThat(handler.drain()).filteredOn(c -> c.kind() == ScriptedHandler.Kind.DISCONNECTED)
                .extracting(ScriptedHandler.Call::peer).containsExactlyInAnyOrder(MSC_A, MSC_B);
        assertThat(loop.peers()).isEmpty();
    }

    @Test
    void ignoresEventsAfterClose() throws Exception {
        FakeLink a = new FakeLink(1);
        loop.close(1_000);
        loop.identified(MSC_A, a);
        loop.message(MSC_A, a, sai("901700000024701"));
        Thread.sleep(100);
        assertThat(handler.drain()).isEmpty();
    }

    @Test
    void answersOfABatchThatCouldNotBeStoredAreNotSent() throws Exception {
        FakeLink a = new FakeLink(1);
        loop.identified(MSC_A, a);
        handler.next(ScriptedHandler.Kind.CONNECTED, WAIT);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handler.transactions.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);   // the connect's transaction must be over before the next one is made to fail
        }
        handler.failNextCommit(new IllegalStateException("disk full"));
        loop.message(MSC_A, a, sai("901700000024701"));
        awaitHandled(a, 1);
        loop.message(MSC_A, a, sai("901700000024702"));
        assertThat(a.nextGsup().imsi()).as("only the answer that was stored").isEqualTo("901700000024702");
    }

    @Test
    void eventsThatQueueWhileTheHandlerIsBusyShareOneTransaction() throws Exception {
        FakeLink a = new FakeLink(1);
        loop.identified(MSC_A, a);
        handler.slowDown(20);
        for (int i = 0; i < 20; i++) {
            loop.message(MSC_A, a, sai(String.format("9017000000%05d", i)));
        }
        awaitHandled(a, 20);
        for (int i = 0; i < 20; i++) {
            assertThat(a.nextGsup().imsi()).isEqualTo(String.format("9017000000%05d", i));
        }
        synchronized (handler.transactions) {
            assertThat(handler.transactions.stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
            assertThat(handler.transactions).as("some transactions covered several events").anyMatch(n -> n > 1);
        }
    }
}
