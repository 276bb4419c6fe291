package org.dgsm.node.reliability;

import io.netty.channel.EventLoopGroup;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.ipa.IpaIdentity;
import org.dgsm.hlr.netty.GsupClient;
import org.dgsm.hlr.netty.GsupClientListener;
import org.dgsm.hlr.netty.GsupClientSettings;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An MSC played by a GSUP client, one transaction at a time, for fault and load tools: blocking calls that end in
 * a result, an error or a timeout. The IPA name is what the HLR stores as the subscriber's VLR number.
 */
public final class GsupCaller implements AutoCloseable {

    /** How a transaction ended. */
    public enum Outcome { RESULT, ERROR, NO_ANSWER }

    /** A Send Auth Info transaction's end: the tuples when {@link Outcome#RESULT}. */
    public record AuthInfo(Outcome outcome, List<AuthTuple> tuples) {
    }

    private final GsupClient client;
    private final String ipaName;
    private final BlockingQueue<GsupMessage> inbox = new LinkedBlockingQueue<>();

    private GsupCaller(EventLoopGroup group, InetSocketAddress hlr, String ipaName, long reconnectMillis) {
        this.ipaName = ipaName;
        GsupClientSettings settings = GsupClientSettings.of(IpaIdentity.of(ipaName, "MSC", "reliability"))
                .withReconnect(reconnectMillis, Math.max(reconnectMillis, 2_000));
        this.client = GsupClient.connect(group, hlr, settings, new GsupClientListener() {
            @Override
            public void onMessage(GsupMessage message) {
                if (message.type() == GsupMessageType.INSERT_DATA_REQUEST) {
                    client().send(GsupReplies.result(message).build());
                }
                inbox.add(message);
            }
        });
    }

    /** Connects (and keeps reconnecting in the background); use {@link #awaitReady} before the first call. */
    public static GsupCaller connect(EventLoopGroup group, InetSocketAddress hlr, String ipaName) {
        return new GsupCaller(group, hlr, ipaName, 200);
    }

    private GsupClient client() {
        return client;
    }

    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return client.awaitReady(timeout);
    }

    public String ipaName() {
        return ipaName;
    }

    /** A CS location update; the Insert Subscriber Data in between is answered by the listener. */
    public Outcome locationUpdate(String imsi, Duration timeout) throws InterruptedException {
        GsupMessage reply = call(GsupMessage.builder(GsupMessageType.UPDATE_LOCATION_REQUEST, imsi)
                        .cnDomain(GsupMessage.CN_DOMAIN_CS).build(), imsi, GsupMessageType.UPDATE_LOCATION_RESULT,
                GsupMessageType.UPDATE_LOCATION_ERROR, timeout);
        return outcomeOf(reply, GsupMessageType.UPDATE_LOCATION_RESULT);
    }

    public AuthInfo sendAuthInfo(String imsi, Duration timeout) throws InterruptedException {
        GsupMessage reply = call(GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, imsi)
                        .cnDomain(GsupMessage.CN_DOMAIN_CS).build(), imsi, GsupMessageType.SEND_AUTH_INFO_RESULT,
                GsupMessageType.SEND_AUTH_INFO_ERROR, timeout);
        Outcome outcome = outcomeOf(reply, GsupMessageType.SEND_AUTH_INFO_RESULT);
        return new AuthInfo(outcome, outcome == Outcome.RESULT ? reply.authTuples() : List.of());
    }

    private static Outcome outcomeOf(GsupMessage reply, GsupMessageType result) {
        if (reply == null) {
            return Outcome.NO_ANSWER;
        }
        return reply.type() == result ? Outcome.RESULT : Outcome.ERROR;
    }

    private GsupMessage call(GsupMessage request, String imsi, GsupMessageType result, GsupMessageType error,
                             Duration timeout) throws InterruptedException {
        inbox.clear();   // late answers to an earlier, timed-out call must not be credited to this one
        if (!client.send(request)) {
            return null;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            GsupMessage m = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) {
                return null;
            }
            if (imsi.equals(m.imsi()) && (m.type() == result || m.type() == error
                    || m.type() == GsupMessageType.ROUTING_ERROR)) {
                return m;
            }
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
