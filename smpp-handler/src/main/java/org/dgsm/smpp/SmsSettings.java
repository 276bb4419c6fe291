package org.dgsm.smpp;

import org.dgsm.mslookup.wire.ServiceAddress;
import org.dgsm.smpp.link.PeerLinkConfig;
import org.dgsm.smpp.link.SmscLinkConfig;
import org.dgsm.smpp.queue.RetryPolicy;
import org.dgsm.smpp.queue.RouterConfig;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the SMS handler is configured with. Build with {@link #builder(Path, ServiceAddress)}; every other
 * value has a default suited to a village (see the builder's setters).
 *
 * @param queueDb      the SQLite file of the store-and-forward queue (its own file, e.g. {@code sms-queue.db})
 * @param ownAddress   the address this village's handler is known by: what mslookup answers for
 *                     {@code smpp.sms.<msisdn>} of subscribers attached here, and where other villages send SMS
 * @param listen       where the server for other villages listens (port 0 picks a free port)
 * @param intakeTimeout how long a deliver_sm or submit_sm waits to be stored before it is refused (osmo-msc gives
 *                     up on a deliver_sm after 5 s)
 * @param workerThreads threads for the blocking SMPP calls (forwards and local submits running at once)
 */
public record SmsSettings(Path queueDb, ServiceAddress ownAddress, InetSocketAddress listen, SmscLinkConfig smsc,
                          PeerLinkConfig peers, RetryPolicy retry, Duration receiptWait, Duration dedupeRetention,
                          Duration lookupTimeout, Duration lookupCacheTtl, int maxInFlight, Duration intakeTimeout,
                          int workerThreads) {

    public SmsSettings {
        Objects.requireNonNull(queueDb, "queueDb");
        Objects.requireNonNull(ownAddress, "ownAddress");
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(smsc, "smsc");
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(lookupTimeout, "lookupTimeout");
        Objects.requireNonNull(intakeTimeout, "intakeTimeout");
        if (lookupTimeout.isNegative() || lookupTimeout.isZero() || intakeTimeout.isNegative()
                || intakeTimeout.isZero()) {
            throw new IllegalArgumentException("lookup and intake timeouts must be positive");
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be >= 1, got " + workerThreads);
        }
        // the router checks the rest
        routerConfig(ownAddress, retry, receiptWait, dedupeRetention, lookupCacheTtl, maxInFlight);
    }

    RouterConfig routerConfig() {
        return routerConfig(ownAddress, retry, receiptWait, dedupeRetention, lookupCacheTtl, maxInFlight);
    }

    private static RouterConfig routerConfig(ServiceAddress own, RetryPolicy retry, Duration receiptWait,
                                             Duration dedupeRetention, Duration lookupCacheTtl, int maxInFlight) {
        return new RouterConfig(own, retry, receiptWait, dedupeRetention, lookupCacheTtl, maxInFlight);
    }

    public static Builder builder(Path queueDb, ServiceAddress ownAddress) {
        return new Builder(queueDb, ownAddress);
    }

    /** Defaults as documented on each setter. */
    public static final class Builder {
        private final Path queueDb;
        private final ServiceAddress ownAddress;
        private InetSocketAddress listen;
        private String smscHost = "127.0.0.1";
        private int smscPort = 2775;
        private String smscSystemId = "OSMPP";
        private String smscPassword = "foo";
        private String smscSystemType = "";
        private Duration smscResponseTimeout = Duration.ofSeconds(30);
        private Duration smscReconnectDelay = Duration.ofSeconds(1);
        private Duration smscReconnectDelayMax = Duration.ofSeconds(30);
        private String peerSystemId = "ISMPP";
        private String peerPassword = "foo";
        private Duration peerConnectTimeout = Duration.ofSeconds(5);
        private Duration peerBindTimeout = Duration.ofSeconds(10);
        private Duration peerResponseTimeout = Duration.ofSeconds(10);
        private Duration peerRetryGap = Duration.ofSeconds(5);
        private Duration peerIdleTimeout = Duration.ofSeconds(60);
        private Duration enquireLinkInterval = Duration.ofSeconds(30);
        private RetryPolicy retry = RetryPolicy.defaults();
        private Duration receiptWait = Duration.ofDays(2);
        private Duration dedupeRetention = Duration.ofDays(7);
        private Duration lookupTimeout = Duration.ofSeconds(1);
        private Duration lookupCacheTtl = Duration.ofSeconds(10);
        private int maxInFlight = 64;
        private Duration intakeTimeout = Duration.ofSeconds(4);
        private int workerThreads = 16;

        private Builder(Path queueDb, ServiceAddress ownAddress) {
            this.queueDb = Objects.requireNonNull(queueDb, "queueDb");
            this.ownAddress = Objects.requireNonNull(ownAddress, "ownAddress");
        }

        /** Default: the own address (its IP and port). */
        public Builder listen(InetSocketAddress value) {
            this.listen = value;
            return this;
        }

        /** Default 127.0.0.1:2775, system_id OSMPP, password foo (osmo-msc's {@code esme OSMPP}). */
        public Builder smsc(String host, int port, String systemId, String password) {
            this.smscHost = host;
            this.smscPort = port;
            this.smscSystemId = systemId;
            this.smscPassword = password;
            return this;
        }

        /** Default empty. */
        public Builder smscSystemType(String value) {
            this.smscSystemType = value;
            return this;
        }

        /** Default 30 s (osmo-msc in forward mode answers a submit only once delivered). */
        public Builder smscResponseTimeout(Duration value) {
            this.smscResponseTimeout = value;
            return this;
        }

        /** Default 1 s, doubling up to 30 s. */
        public Builder smscReconnectDelay(Duration first, Duration max) {
            this.smscReconnectDelay = first;
            this.smscReconnectDelayMax = max;
            return this;
        }

        /** Credentials villages bind with, to us and to each other. Default ISMPP / foo (the reference design). */
        public Builder peerCredentials(String systemId, String password) {
            this.peerSystemId = systemId;
            this.peerPassword = password;
            return this;
        }

        /** Defaults: connect 5 s, bind 10 s, response 10 s. */
        public Builder peerTimeouts(Duration connect, Duration bind, Duration response) {
            this.peerConnectTimeout = connect;
            this.peerBindTimeout = bind;
            this.peerResponseTimeout = response;
            return this;
        }

        /** Default 5 s: after a failed bind to a village, forwards to it fail at once for this long. */
        public Builder peerRetryGap(Duration value) {
            this.peerRetryGap = value;
            return this;
        }

        /** Default 60 s. */
        public Builder peerIdleTimeout(Duration value) {
            this.peerIdleTimeout = value;
            return this;
        }

        /** Default 30 s, on every link. */
        public Builder enquireLinkInterval(Duration value) {
            this.enquireLinkInterval = value;
            return this;
        }

        /** Default {@link RetryPolicy#defaults()}: 5 s doubling to 10 min, expiry 2 days. */
        public Builder retry(RetryPolicy value) {
            this.retry = value;
            return this;
        }

        /** Default 2 days. */
        public Builder receiptWait(Duration value) {
            this.receiptWait = value;
            return this;
        }

        /** Default 7 days; keep it longer than the expiry of every village. */
        public Builder dedupeRetention(Duration value) {
            this.dedupeRetention = value;
            return this;
        }

        /** Default 1 s (osmo's esme_dgsm.py also waits 1 s). */
        public Builder lookupTimeout(Duration value) {
            this.lookupTimeout = value;
            return this;
        }

        /** Default 10 s; zero disables the cache. */
        public Builder lookupCacheTtl(Duration value) {
            this.lookupCacheTtl = value;
            return this;
        }

        /** Default 64. */
        public Builder maxInFlight(int value) {
            this.maxInFlight = value;
            return this;
        }

        /** Default 4 s. */
        public Builder intakeTimeout(Duration value) {
            this.intakeTimeout = value;
            return this;
        }

        /** Default 16. */
        public Builder workerThreads(int value) {
            this.workerThreads = value;
            return this;
        }

        public SmsSettings build() {
            InetSocketAddress listenAddress = listen != null ? listen
                    : new InetSocketAddress(ownAddress.ip(), ownAddress.port());
            SmscLinkConfig smsc = new SmscLinkConfig(smscHost, smscPort, smscSystemId, smscPassword, smscSystemType,
                    peerConnectTimeout, peerBindTimeout, smscResponseTimeout, enquireLinkInterval,
                    smscReconnectDelay, smscReconnectDelayMax);
            PeerLinkConfig peers = new PeerLinkConfig(peerSystemId, peerPassword, peerConnectTimeout,
                    peerBindTimeout, peerResponseTimeout, enquireLinkInterval, peerRetryGap, peerIdleTimeout);
            return new SmsSettings(queueDb, ownAddress, listenAddress, smsc, peers, retry, receiptWait,
                    dedupeRetention, lookupTimeout, lookupCacheTtl, maxInFlight, intakeTimeout, workerThreads);
        }
    }
}
