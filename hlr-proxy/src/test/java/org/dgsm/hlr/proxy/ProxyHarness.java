package org.dgsm.hlr.proxy;

import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.core.HlrCore;
import org.dgsm.hlr.core.HlrSettings;
import org.dgsm.hlr.gsup.GsupDecoder;
import org.dgsm.hlr.gsup.GsupEncoder;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.MalformedGsupException;
import org.dgsm.hlr.gsup.Octets;
import org.dgsm.hlr.store.SubscriberStore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link DgsmProxy} named {@code hlr-B} in front of a real {@link HlrCore} on a fresh SQLite file, with scripted
 * lookup and link ports and a hand-driven clock.
 */
final class ProxyHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    static final String VISITOR = "901700000014701";
    static final HomeAddress HOME_A = new HomeAddress("127.0.0.1", 4222);

    /** The lookup port: records what was asked. */
    static final class ScriptedLookups implements HomeLookups {
        final List<String> asked = new ArrayList<>();

        @Override
        public void lookUp(String imsi) {
            asked.add(imsi);
        }
    }

    /** The link port: links are ready only when the test says so; records opens and sends. */
    static final class ScriptedLinks implements HomeLinks {
        final List<HomeAddress> opened = new ArrayList<>();
        final Set<HomeAddress> ready = new HashSet<>();
        final Map<HomeAddress, List<GsupMessage>> sent = new HashMap<>();

        @Override
        public void open(HomeAddress home) {
            opened.add(home);
        }

        @Override
        public boolean send(HomeAddress home, GsupMessage message) {
            if (!ready.contains(home)) {
                return false;
            }
            sent.computeIfAbsent(home, h -> new ArrayList<>()).add(message);
            return true;
        }

        List<GsupMessage> sentTo(HomeAddress home) {
            return sent.getOrDefault(home, List.of());
        }
    }

    final Path file;
    final ProxySettings settings;
    final HlrSettings hlrSettings;
    SubscriberStore store;
    RoamingCache cache;
    HlrCore core;
    DgsmProxy proxy;
    final ScriptedLookups lookups = new ScriptedLookups();
    final ScriptedLinks links = new ScriptedLinks();
    long now = START.toEpochMilli();

    ProxyHarness(Path folder) {
        this(folder, ProxySettings.defaults());
    }

    ProxyHarness(Path folder, ProxySettings settings) {
        this.file = folder.resolve("hlr.db");
        this.settings = settings;
        this.hlrSettings = HlrSettings.defaults().withIpaName("hlr-B");
        open();
    }

    private void open() {
        store = SubscriberStore.open(file);
        cache = new RoamingCache(store, settings.dataExpiry(), settings.cacheEntries());
        core = new HlrCore(store, hlrSettings);
        proxy = new DgsmProxy(core, store, cache, hlrSettings, settings);
        proxy.attach(lookups, links);
    }

    /** Closes the store and starts a new proxy on the same file: what survives is what SQLite kept. */
    void restart() {
        store.close();
        links.ready.clear();
        open();
    }

    static Octets name(String text) {
        return Octets.ascii(text + "\0");
    }

    static GsupMessage vector(String id) {
        return decode(GsupVectors.byId(id).hex());
    }

    static String hex(String id) {
        return GsupVectors.byId(id).hex();
    }

    static GsupMessage decode(String hex) {
        try {
            return GsupDecoder.decode(HexFormat.of().parseHex(hex));
        } catch (MalformedGsupException e) {
            throw new AssertionError(e);
        }
    }

    static String hexOf(GsupMessage message) {
        return HexFormat.of().formatHex(GsupEncoder.encode(message));
    }

    List<GsupSend> connect(String peer) {
        return proxy.onPeerConnected(name(peer), now);
    }

    List<GsupSend> fromVlr(String peer, GsupMessage message) {
        return proxy.onMessage(name(peer), message, now);
    }

    List<GsupSend> fromHome(GsupMessage message) {
        return proxy.onHomeMessage(HOME_A, message, now);
    }

    List<GsupSend> homeFound() {
        return proxy.onHomeFound(VISITOR, HOME_A, now);
    }

    List<GsupSend> linkReady() {
        links.ready.add(HOME_A);
        return proxy.onHomeLinkReady(HOME_A, now);
    }

    List<GsupSend> linkDown() {
        links.ready.remove(HOME_A);
        return proxy.onHomeLinkDown(HOME_A, now);
    }

    List<GsupSend> advance(Duration by) {
        now += by.toMillis();
        return proxy.onTime(now);
    }

    List<GsupMessage> sentHome() {
        return links.sentTo(HOME_A);
    }

    @Override
    public void close() {
        store.close();
    }
}
