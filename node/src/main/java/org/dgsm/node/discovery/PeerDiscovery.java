package org.dgsm.node.discovery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import javax.jmdns.impl.JmDNSImpl;

/**
 * Announces this village over DNS-SD (jmDNS) and keeps a {@link PeerTable} of the villages it hears.
 *
 * <p>Liveness: jmDNS caches records for an hour and does not tell when a cached peer answers again, so a village
 * that is killed would stay in every cache. Each village therefore changes its TXT heartbeat number ({@code hb},
 * see {@link AnnouncementTxt}) every {@code heartbeatInterval}; jmDNS re-announces the changed TXT record and every
 * listener resolves the service again. Each resolution is a sighting; silence for {@code livenessTimeout} marks the
 * village down. A clean shutdown withdraws the announcement (a goodbye), which marks it down within a second or two.
 *
 * <p>Threads: jmDNS calls back on its own threads; everything that touches the table runs on one thread of this
 * class, which also calls the event listener.
 */
public final class PeerDiscovery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeerDiscovery.class);
    /** How long a resolution request may wait for cached data; it goes on in the background after that. */
    private static final long RESOLVE_WAIT_MILLIS = 1;

    private final DiscoverySettings settings;
    private final LocalVillage self;
    private final Clock clock;
    private final Consumer<PeerEvent> listener;
    private final PeerTable table;
    private final ScheduledExecutorService loop;
    private volatile List<Peer> peers = List.of();
    private volatile JmDNS jmdns;
    private volatile ServiceInfo own;
    /** Touched on the discovery thread only. */
    private long heartbeat;
    private boolean warnedRename;

    private PeerDiscovery(DiscoverySettings settings, LocalVillage self, Clock clock, Consumer<PeerEvent> listener) {
        this.settings = settings;
        this.self = self;
        this.clock = clock;
        this.listener = listener;
        this.table = new PeerTable(settings.livenessTimeout().toMillis(), settings.maxPeers());
        this.loop = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dgsm-discovery-" + self.name());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts announcing {@code self} on {@code settings.bindAddress()} and listening for other villages.
     *
     * @param listener told of every {@link PeerEvent}, on the discovery thread
     */
    public static PeerDiscovery start(DiscoverySettings settings, LocalVillage self, Clock clock,
                                      Consumer<PeerEvent> listener) throws IOException {
        PeerDiscovery discovery = new PeerDiscovery(settings, self, clock, listener);
        try {
            discovery.startJmdns();
        } catch (IOException | RuntimeException e) {
            discovery.close();
            throw e;
        }
        return discovery;
    }

    private void startJmdns() throws IOException {
        InetAddress bind = settings.bindAddress();
        jmdns = JmDNS.create(bind, hostName(bind));
        jmdns.addServiceListener(settings.serviceType(), new Callbacks());
        own = ServiceInfo.create(settings.serviceType(), self.name(), self.httpPort(), 0, 0,
                AnnouncementTxt.encode(self, heartbeat));
        jmdns.registerService(own);
        long beat = settings.heartbeatInterval().toMillis();
        loop.scheduleAtFixedRate(guarded("heartbeat", this::beat), beat, beat, TimeUnit.MILLISECONDS);
        long sweep = settings.sweepInterval().toMillis();
        loop.scheduleAtFixedRate(guarded("liveness sweep", this::sweep), sweep, sweep, TimeUnit.MILLISECONDS);
        log.info("announcing village '{}' as {} on {} (heartbeat {} ms, down after {} ms of silence)", self.name(),
                settings.serviceType(), bind.getHostAddress(), beat, settings.livenessTimeout().toMillis());
    }

    /** Every village heard of, up or down, sorted by name. Safe from any thread. */
    public List<Peer> peers() {
        return peers;
    }

    /** The name this village is announced under: its own, unless DNS-SD had to make it unique. */
    public String announcedName() {
        ServiceInfo info = own;
        return info == null ? self.name() : info.getName();
    }

    private void beat() {
        own.setText(AnnouncementTxt.encode(self, ++heartbeat));
        if (!warnedRename && !own.getName().equals(self.name())) {
            warnedRename = true;
            log.warn("another village on the mesh already announces '{}'; this one is announced as '{}': give it a unique name",
                    self.name(), own.getName());
        }
    }

    private void sweep() {
        if (jmdns instanceof JmDNSImpl impl) {
            // jmDNS turns a received goodbye into serviceRemoved only when its reaper next runs, up to 10 s later.
            impl.cleanCache();
        }
        publish(table.expire(clock.millis()));
    }

    private void sighted(PeerSighting sighting) {
        if (isSelf(sighting.name())) {
            return;
        }
        publish(table.sighted(sighting, clock.millis()));
    }

    private void saidGoodbye(String name) {
        if (isSelf(name)) {
            return;
        }
        publish(table.saidGoodbye(name, clock.millis()));
    }

    private boolean isSelf(String name) {
        return VillageNames.key(name).equals(VillageNames.key(announcedName()));
    }

    private void publish(List<PeerEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        peers = table.peers();
        for (PeerEvent event : events) {
            logEvent(event);
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("peer event listener failed on {}", event, e);
            }
        }
    }

    private void logEvent(PeerEvent event) {
        Peer peer = event.peer();
        if (event instanceof PeerEvent.Appeared) {
            log.info("village '{}' appeared at {} (version {}; {})", peer.name(), addresses(peer), peer.version(), services(peer));
        } else if (event instanceof PeerEvent.CameBack) {
            log.info("village '{}' is back at {} (version {}; {})", peer.name(), addresses(peer), peer.version(), services(peer));
        } else if (event instanceof PeerEvent.WentDown down) {
            if (down.reason() == PeerEvent.WentDown.Reason.SAID_GOODBYE) {
                log.info("village '{}' left the mesh (it withdrew its announcement)", peer.name());
            } else {
                log.info("village '{}' is down: not heard of for {} ms", peer.name(), settings.livenessTimeout().toMillis());
            }
        } else if (event instanceof PeerEvent.Changed) {
            log.info("village '{}' now announces version {}; {}", peer.name(), peer.version(), services(peer));
        }
    }

    private static String addresses(Peer peer) {
        return peer.addresses().stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
    }

    private static String services(Peer peer) {
        return peer.services().isEmpty() ? "no services"
                : peer.services().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private void onLoop(String what, Runnable task) {
        try {
            loop.execute(guarded(what, task));
        } catch (RejectedExecutionException e) {
            log.debug("discovery stopping; dropped {}", what);
        }
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("discovery {} failed", what, e);
            }
        };
    }

    private static PeerSighting decode(ServiceInfo info) throws MalformedAnnouncementException {
        Map<String, byte[]> txt = new LinkedHashMap<>();
        Enumeration<String> keys = info.getPropertyNames();
        for (String key : Collections.list(keys)) {
            txt.put(key, info.getPropertyBytes(key));
        }
        List<InetAddress> addresses = new ArrayList<>(Arrays.asList(info.getInetAddresses()));
        return AnnouncementTxt.decode(info.getName(), txt, addresses, info.getPort());
    }

    private static String hostName(InetAddress bind) {
        return "dgsm-" + bind.getHostAddress().replaceAll("[^0-9A-Za-z]", "-");
    }

    /** Stops the heartbeat, withdraws the announcement (about 2 s with jmDNS) and stops listening. */
    @Override
    public void close() {
        loop.shutdownNow();
        if (jmdns != null) {
            try {
                jmdns.close();
            } catch (IOException | RuntimeException e) {
                log.warn("closing mDNS for village '{}' failed: {}", self.name(), e.toString());
            }
        }
    }

    private final class Callbacks implements ServiceListener {

        @Override
        public void serviceAdded(ServiceEvent event) {
            String name = event.getName();
            String type = event.getType();
            // Persistent: jmDNS keeps listening for this service's records, so TXT heartbeats resolve it again.
            onLoop("resolving", () -> jmdns.requestServiceInfo(type, name, true, RESOLVE_WAIT_MILLIS));
        }

        @Override
        public void serviceResolved(ServiceEvent event) {
            ServiceInfo info = event.getInfo();
            PeerSighting sighting;
            try {
                sighting = decode(info);
            } catch (MalformedAnnouncementException e) {
                // Also the first, partial resolution of every service, before its TXT record arrived.
                log.debug("ignoring announcement of '{}': {}", Printable.of(String.valueOf(event.getName())), e.getMessage());
                return;
            } catch (RuntimeException e) {
                log.debug("ignoring announcement of '{}' the mDNS library could not read", Printable.of(String.valueOf(event.getName())), e);
                return;
            }
            onLoop("sighting", () -> sighted(sighting));
        }

        @Override
        public void serviceRemoved(ServiceEvent event) {
            String name = event.getName();
            if (name != null) {
                onLoop("goodbye", () -> saidGoodbye(name));
            }
        }
    }
}
