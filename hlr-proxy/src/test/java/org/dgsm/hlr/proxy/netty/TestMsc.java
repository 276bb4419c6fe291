package org.dgsm.hlr.proxy.netty;

import io.netty.channel.EventLoopGroup;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientListener;
import org.dgsm.hlr.netty.GsupClientSettings;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A fake MSC: a GSUP client with its own IPA name that records what its HLR sends and runs LU/SAI. */
final class TestMsc implements AutoCloseable {

    final BlockingQueue<GsupMessage> received = new LinkedBlockingQueue<>();
    final GsupClient client;

    TestMsc(EventLoopGroup group, String hlrIp, String name) throws InterruptedException {
        client = GsupClient.connect(group, new InetSocketAddress(hlrIp, 4222),
                GsupClientSettings.of(IpaIdentity.of(name, "MSC", "dgsm-test")).withReconnect(100, 500),
                new GsupClientListener() {
                    @Override
                    public void onMessage(GsupMessage message) {
                        received.add(message);
                    }
                });
        if (!client.awaitReady(Duration.ofSeconds(10))) {
            throw new AssertionError("MSC " + name + " could not connect to " + hlrIp);
        }
    }

    GsupMessage next(Duration timeout) throws InterruptedException {
        GsupMessage m = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null) {
            throw new AssertionError("no GSUP message within " + timeout);
        }
        return m;
    }

    /** Sends a SAI for one vector and returns the answer. */
    GsupMessage sendAuthInfo(String imsi, Duration timeout) throws InterruptedException {
        send(GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi).numVectorsRequested(1)
                .messageClass(1).build());
        return next(timeout);
    }

    /** Runs a CS Update Location: answers the ISD and returns the final UL answer. */
    GsupMessage updateLocation(String imsi, Duration timeout) throws InterruptedException {
        send(GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, imsi)
                .cnDomain(GsupMessage.CN_DOMAIN_CS).build());
        while (true) {
            GsupMessage m = next(timeout);
            if (m.type() == GsupMessageType.INSERT_DATA_REQUEST) {
                send(GsupMessage.builder(GsupMessageType.INSERT_DATA_RESULT, imsi)
                        .cnDomain(GsupMessage.CN_DOMAIN_CS).build());
            } else if (m.type() == GsupMessageType.LOCATION_CANCEL_REQUEST) {
                continue;
            } else {
                return m;
            }
        }
    }

    void send(GsupMessage message) {
        if (!client.send(message)) {
            throw new AssertionError("MSC link not ready");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
