package org.dgsm.simulations.dgsm;

import org.dgsm.hlr.auc.RandSource;
import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.mslookup.HlrAnswerSource;
import org.dgsm.hlr.mslookup.LocalAttachRecords;
import org.dgsm.hlr.proxy.DgsmProxy;
import org.dgsm.hlr.proxy.ProxySettings;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.client.MslookupClientEngine;
import org.dgsm.mslookup.server.MslookupResponder;
import org.dgsm.mslookup.wire.DomainSuffix;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.simulations.engine.RandomStreams;
import org.dgsm.simulations.engine.Simulator;
import org.dgsm.simulations.engine.VirtualClock;
import org.dgsm.simulations.network.MulticastFabric;
import org.dgsm.simulations.network.UnicastTransport;
import org.dgsm.simulations.network.VirtualNetwork;
import org.dgsm.simulations.scenario.NodeTimers;
import org.dgsm.simulations.scenario.Scenario;
import org.dgsm.simulations.scenario.SystemSpec;
import org.dgsm.simulations.system.CellularSystem;
import org.dgsm.simulations.system.Located;
import org.dgsm.simulations.system.Service;
import org.dgsm.simulations.system.UpdateResult;
import org.dgsm.simulations.world.CampReason;
import org.dgsm.simulations.world.Population;
import org.dgsm.simulations.world.SimSubscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * D-GSM on the virtual network. Every village runs the production cores — {@link SubscriberStore} (SQLite),
 * {@link HlrCore}, {@link HlrAnswerSource}, {@link MslookupResponder}, {@link MslookupClientEngine} and, for
 * {@code dgsm}, the {@link DgsmProxy} with its roaming cache ({@code osmohlr} puts a model of OsmoHLR 1.5's proxy in
 * its place) — while the MSC and the phones' location update procedure are modelled (see SIMULATION.md). mslookup
 * packets are real DNS bytes on the virtual multicast group; GSUP between villages is real GSUP bytes.
 */
public final class DgsmSystem implements CellularSystem {

    private final SystemSpec spec;
    private final Simulator simulator;
    private final Population population;
    private final NodeTimers timers;
    private final Path workDir;
    private final DgsmVillage[] villages;
    private final MulticastFabric fabric;
    private final GsupLinks links;
    private final Map<Octets, Integer> villageByHlrName = new HashMap<>();
    private final Episode[] episodes;
    private final List<OsmoProxyModel> osmoProxies = new ArrayList<>();
    private long episodesStarted;

    /**
     * @param workDir an empty folder for the villages' SQLite files (deleted on {@link #close()})
     */
    public DgsmSystem(SystemSpec spec, Scenario scenario, Simulator simulator, VirtualNetwork network,
                      Population population, RandomStreams streams, Path workDir) {
        if (!spec.isDgsm()) {
            throw new IllegalArgumentException(spec.name() + " is not a D-GSM system");
        }
        this.spec = spec;
        this.simulator = simulator;
        this.population = population;
        this.timers = scenario.timers();
        this.workDir = workDir;
        this.episodes = new Episode[population.size()];
        this.fabric = new MulticastFabric(simulator, network, streams.stream(spec.name() + ".multicast"),
                scenario.maxHops());
        UnicastTransport gsupTransport = new UnicastTransport(network, streams.stream(spec.name() + ".gsup"));
        this.links = new GsupLinks(simulator, gsupTransport, network.villageCount(), new GsupLinks.Ends() {
            @Override
            public void atHome(int home, int proxy, GsupMessage message) {
                villages[home].fromProxyPeer(villages[proxy].hlrName, message);
            }

            @Override
            public void atProxy(int proxy, int home, GsupMessage message) {
                villages[proxy].proxy().onHomeMessage(home, message);
            }

            @Override
            public void proxyPeer(int home, int proxy, boolean connected) {
                villages[home].proxyPeerChanged(villages[proxy].hlrName, connected);
            }

            @Override
            public void linkDown(int proxy, int home) {
                villages[proxy].proxy().onHomeLinkDown(home);
            }
        }, spec.kind() == SystemSpec.Kind.DGSM ? ProductionProxy.CONNECT_TIMEOUT_MILLIS
                : GsupLinks.KERNEL_CONNECT_TIMEOUT_MILLIS);
        VirtualClock clock = new VirtualClock(simulator);
        SplittableRandom nodeRandom = streams.stream(spec.name() + ".nodes");
        this.villages = new DgsmVillage[network.villageCount()];
        for (int v = 0; v < villages.length; v++) {
            villages[v] = buildVillage(v, scenario.villageNames().get(v), clock, nodeRandom);
            villageByHlrName.put(villages[v].hlrName, v);
        }
    }

    private DgsmVillage buildVillage(int index, String name, VirtualClock clock, SplittableRandom random) {
        SubscriberStore store = SubscriberStore.open(workDir.resolve(name + ".db"), clock);
        HlrSettings settings = HlrSettings.defaults().withIpaName("hlr-" + name);
        HlrCore core = new HlrCore(store, settings, RandSource.from(random.split()));
        DgsmVillage village = new DgsmVillage(index, name, store, core, simulator, new DgsmVillage.Links() {
            @Override
            public int villageOfHlr(Octets peer) {
                Integer v = villageByHlrName.get(peer);
                return v == null ? -1 : v;
            }

            @Override
            public void sendToProxy(int home, int proxy, GsupMessage message) {
                links.sendToProxy(home, proxy, message);
            }
        });
        VillageProxy proxy;
        LocalAttachRecords visitors;
        if (spec.kind() == SystemSpec.Kind.DGSM) {
            ProxySettings proxySettings = ProxySettings.defaults()
                    .withLookupTimeout(Duration.ofMillis(timers.homeLookupTimeoutMillis()))
                    .withAnswerBound(Duration.ofMillis(timers.heldRequestBoundMillis()))
                    .withDataExpiry(Duration.ofMillis(Math.round(timers.cacheExpiryHours() * 3_600_000)));
            ProductionProxy production = new ProductionProxy(village, DgsmProxy.inFrontOf(core, store, proxySettings),
                    simulator, links, timers.homeLookupTimeoutMillis());
            proxy = production;
            visitors = production.attachRecords(clock);
        } else {
            Set<String> localImsis = new HashSet<>();
            for (SimSubscriber s : population.homeOf(index)) {
                localImsis.add(s.imsi());
            }
            OsmoProxyModel model = new OsmoProxyModel(core, localImsis, village.mscName, settings.noProxyCause(),
                    new VillageProxyEnvironment(village));
            proxy = model;
            visitors = model.attachRecords();
            osmoProxies.add(model);
        }
        HlrAnswerSource answers = new HlrAnswerSource(store, AddressPlan.serviceSettings(index), clock,
                List.of(visitors));
        MslookupStation station = new MslookupStation(index, simulator,
                new MslookupClientEngine(DomainSuffix.DEFAULT, random.nextInt(0x10000)),
                new MslookupResponder(DomainSuffix.DEFAULT, answers), this::multicast, DomainSuffix.DEFAULT,
                timers.lookupQueryRepeats(), timers.lookupRepeatIntervalMillis());
        VillageMsc msc = new VillageMsc(simulator, timers.luTimeoutMillis(), village::fromMsc);
        village.wire(proxy, station, msc);
        return village;
    }

    private void multicast(int from, byte[] datagram) {
        boolean answer = datagram.length >= 12 && (datagram[2] & 0x80) != 0;
        fabric.send(from, datagram,
                answer ? v -> villages[v].station().wantsAnswers() : v -> true,
                v -> villages[v].station());
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public void start() {
        for (DgsmVillage village : villages) {
            for (SimSubscriber s : population.homeOf(village.index)) {
                village.store.create(s.imsi(), s.msisdn());
            }
        }
        for (OsmoProxyModel model : osmoProxies) {
            scheduleGarbageCollection(model);
        }
    }

    private void scheduleGarbageCollection(OsmoProxyModel model) {
        simulator.after(OsmoProxyModel.GC_INTERVAL_MILLIS, () -> {
            model.collectGarbage();
            scheduleGarbageCollection(model);
        });
    }

    // ---- location updates: the phone's side (modelled) ------------------------------------------------------------

    @Override
    public void locationUpdate(SimSubscriber subscriber, int village, CampReason reason,
                               Consumer<UpdateResult> done) {
        Episode previous = episodes[subscriber.index()];
        if (previous != null && !previous.finished) {
            previous.finish(UpdateResult.ABANDONED);
        }
        Episode episode = new Episode(subscriber, village, done);
        episodes[subscriber.index()] = episode;
        episodesStarted++;
        attempt(episode, 1);
    }

    private void attempt(Episode episode, int n) {
        villages[episode.village].msc().locationUpdate(episode.subscriber.imsi(), success -> {
            if (episode.finished) {
                return;
            }
            if (success) {
                episode.finish(UpdateResult.SUCCESS);
            } else if (n < timers.luAttempts()) {
                simulator.after(timers.luRetryMillis(), () -> {
                    if (!episode.finished) {
                        attempt(episode, n + 1);
                    }
                });
            } else {
                episode.finish(UpdateResult.FAILED);
            }
        });
    }

    private static final class Episode {
        final SimSubscriber subscriber;
        final int village;
        final Consumer<UpdateResult> done;
        boolean finished;

        Episode(SimSubscriber subscriber, int village, Consumer<UpdateResult> done) {
            this.subscriber = subscriber;
            this.village = village;
            this.done = done;
        }

        void finish(UpdateResult result) {
            finished = true;
            done.accept(result);
        }
    }

    // ---- lookups ---------------------------------------------------------------------------------------------------

    @Override
    public void locate(int fromVillage, Service service, SimSubscriber target, Consumer<Located> done) {
        MslookupQuery query = new MslookupQuery(service.mslookupName(), MslookupId.msisdn(target.msisdn()));
        villages[fromVillage].station().lookup(query, timers.lookupMinDelayMillis(), timers.lookupTimeoutMillis(),
                outcome -> {
                    int village = AddressPlan.villageOf(outcome.best());
                    done.accept(new Located(village, outcome.latencyMillis(),
                            village < 0 ? -1 : outcome.answerMillis()));
                });
    }

    @Override
    public boolean isRegisteredAt(SimSubscriber subscriber, int village) {
        return villages[village].msc().isRegistered(subscriber.imsi());
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("locationUpdateEpisodes", episodesStarted);
        c.put("updateLocationRequestsSent", sum(v -> v.msc().updatesSent()));
        c.put("updateLocationTimeouts", sum(v -> v.msc().timeouts()));
        c.put("updateLocationRejects", sum(v -> v.msc().rejects()));
        c.put("locationCancellations", sum(v -> v.msc().cancellations()));
        c.put("mslookupRequests", sum(v -> v.station().lookupsStarted()));
        c.put("mslookupJoinedRequests", sum(v -> v.station().lookupsJoined()));
        c.put("mslookupQueriesAnswered", sum(v -> v.station().responder().answered()));
        c.put("mslookupQueriesSeen", sum(v -> v.station().responder().queriesSeen()));
        c.put("mslookupAnswersUnmatched", sum(v -> v.station().client().unmatchedAnswers()));
        c.put("multicastDatagrams", fabric.datagramsSent());
        c.put("multicastCopiesDelivered", fabric.copiesDelivered());
        c.put("multicastCopiesLost", fabric.copiesLost());
        c.put("multicastCopiesUnreachable", fabric.copiesUnreachable());
        c.put("multicastDuplicates", fabric.duplicates());
        for (DgsmVillage v : villages) {
            v.proxy().addCounters(c);
        }
        c.put("gsupLinkMessages", links.messages());
        c.put("gsupLinkMessagesLost", links.lostMessages());
        c.put("gsupLinkConnects", links.connects());
        c.put("gsupLinkFailedConnects", links.failedConnects());
        c.put("gsupLinkBreaks", links.breaks());
        c.put("gsupMalformed", links.malformed());
        c.put("gsupUnroutable", sum(DgsmVillage::unroutable));
        return c;
    }

    private long sum(java.util.function.ToLongFunction<DgsmVillage> f) {
        long total = 0;
        for (DgsmVillage v : villages) {
            total += f.applyAsLong(v);
        }
        return total;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (DgsmVillage village : villages) {
            if (village == null) {
                continue;
            }
            try {
                village.store.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        deleteRecursively(workDir);
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** The proxy's view of its village and the network. */
    private final class VillageProxyEnvironment implements ProxyEnvironment {
        private final DgsmVillage village;

        VillageProxyEnvironment(DgsmVillage village) {
            this.village = village;
        }

        @Override
        public long now() {
            return simulator.now();
        }

        @Override
        public void schedule(long delayMillis, Runnable action) {
            simulator.after(delayMillis, action);
        }

        @Override
        public void findHome(String imsi, Consumer<OptionalInt> result) {
            MslookupQuery query = new MslookupQuery("gsup.hlr", MslookupId.imsi(imsi));
            village.station().lookup(query, timers.homeLookupTimeoutMillis(), 0, outcome -> {
                int home = AddressPlan.villageOf(outcome.best());
                result.accept(home >= 0 && home < villages.length ? OptionalInt.of(home) : OptionalInt.empty());
            });
        }

        @Override
        public void connectHome(int home, Consumer<Boolean> up) {
            links.connect(village.index, home, up);
        }

        @Override
        public void sendHome(int home, GsupMessage message) {
            links.sendToHome(village.index, home, message);
        }

        @Override
        public void toLocalPeers(List<org.dgsm.hlr.core.GsupSend> sends) {
            village.route(sends);
        }
    }
}
