package org.dgsm.smpp.it;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.MslookupSmsLookup;
import org.dgsm.smpp.SmsHandler;
import org.dgsm.smpp.SmsSettings;
import org.dgsm.smpp.queue.RetryPolicy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * One village of a test: its SMSC (fake_smsc.pl), its SMS handler bound to it, and its mslookup answers. The handler
 * listens for other villages on a fixed port of {@code ip}, so that a restart keeps the address.
 */
final class Village implements AutoCloseable {

    final String name;
    final FakeSmsc smsc;
    final MslookupNet.Attached attached;
    /** What mslookup answers for subscribers here (the handler's own address, or a relay in front of it). */
    final ServiceAddress advertised;
    final InetSocketAddress listen;
    private final SmsSettings settings;
    private final MslookupNet net;
    private SmsHandler handler;
    private int binds;

    private Village(String name, FakeSmsc smsc, MslookupNet.Attached attached, ServiceAddress advertised,
                    InetSocketAddress listen, SmsSettings settings, MslookupNet net) {
        this.name = name;
        this.smsc = smsc;
        this.attached = attached;
        this.advertised = advertised;
        this.listen = listen;
        this.settings = settings;
        this.net = net;
    }

    /** Fast timers for tests: retries from 200 ms, capped at 1 s. */
    static SmsSettings.Builder testDefaults(SmsSettings.Builder b) {
        return b.retry(new RetryPolicy(Duration.ofMillis(200), 2.0, Duration.ofSeconds(1), Duration.ofMinutes(10),
                        0.1))
                .peerTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .peerRetryGap(Duration.ofMillis(300))
                .smscReconnectDelay(Duration.ofMillis(200), Duration.ofSeconds(1))
                .lookupTimeout(Duration.ofMillis(500))
                .lookupCacheTtl(Duration.ZERO);
    }

    static Village start(String name, Path dir, InetAddress ip, MslookupNet net, InetSocketAddress advertisedOverride,
                         UnaryOperator<SmsSettings.Builder> tune) throws IOException {
        Files.createDirectories(dir);
        FakeSmsc smsc = FakeSmsc.start(name + "-smsc", dir, 0);
        try {
            InetSocketAddress listen = new InetSocketAddress(ip, freePort(ip));
            ServiceAddress advertised = advertisedOverride == null
                    ? new ServiceAddress(ip, listen.getPort())
                    : new ServiceAddress(advertisedOverride.getAddress(), advertisedOverride.getPort());
            SmsSettings settings = tune.apply(testDefaults(SmsSettings.builder(dir.resolve("sms-queue.db"), advertised)
                    .listen(listen)
                    .smsc("127.0.0.1", smsc.smppPort(), "OSMPP", "foo"))).build();
            Village village = new Village(name, smsc, net.responder(), advertised, listen, settings, net);
            village.startHandler();
            return village;
        } catch (IOException | RuntimeException | Error e) {
            smsc.close();
            throw e;
        }
    }

    static int freePort(InetAddress ip) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, ip)) {
            return s.getLocalPort();
        }
    }

    SmsHandler handler() {
        return handler;
    }

    /** Starts the handler and waits until it is bound to the SMSC. */
    void startHandler() throws IOException {
        handler = SmsHandler.start(settings, new MslookupSmsLookup(net.client(), settings.lookupTimeout()),
                System::currentTimeMillis);
        binds++;
        smsc.await(e -> e.is("bound") && e.num("ok") == 1, binds, Duration.ofSeconds(20), "bind of " + name);
    }

    void stopHandler() {
        if (handler != null) {
            handler.close();
            handler = null;
        }
    }

    /** Attaches a subscriber here: mslookup answers with this village's advertised address. */
    void attach(String msisdn) {
        attached.attach(msisdn, advertised);
    }

    @Override
    public void close() {
        try {
            stopHandler();
        } finally {
            smsc.close();
        }
    }
}
