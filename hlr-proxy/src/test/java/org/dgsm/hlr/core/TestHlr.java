package org.dgsm.hlr.core;

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
import java.util.HexFormat;
import java.util.List;

/** An {@link HlrCore} on a fresh SQLite file, with queued RANDs and a hand-driven clock. */
final class TestHlr implements AutoCloseable {

    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    final SubscriberStore store;
    final QueuedRands rands = new QueuedRands();
    final HlrCore core;
    final Path file;
    long nowMillis = START.toEpochMilli();

    TestHlr(Path folder, HlrSettings settings) {
        this.file = folder.resolve("hlr.db");
        this.store = SubscriberStore.open(file);
        this.core = new HlrCore(store, settings, rands);
    }

    TestHlr(Path folder) {
        this(folder, HlrSettings.defaults());
    }

    /** An IPA name as peers present it: the text plus NUL. */
    static Octets name(String text) {
        return Octets.ascii(text + "\0");
    }

    TestHlr connect(String... peers) {
        for (String peer : peers) {
            core.onPeerConnected(name(peer), nowMillis);
        }
        return this;
    }

    List<GsupSend> receive(String peer, GsupMessage message) {
        return core.onMessage(name(peer), message, nowMillis);
    }

    List<GsupSend> receiveHex(String peer, String hex) {
        return receive(peer, decode(hex));
    }

    List<GsupSend> receiveVector(String peer, String vectorId) {
        return receive(peer, vector(vectorId));
    }

    List<GsupSend> advance(Duration duration) {
        nowMillis += duration.toMillis();
        return core.onTime(nowMillis);
    }

    Instant now() {
        return Instant.ofEpochMilli(nowMillis);
    }

    static GsupMessage vector(String id) {
        return decode(GsupVectors.byId(id).hex());
    }

    static String vectorHex(String id) {
        return GsupVectors.byId(id).hex();
    }

    static GsupMessage decode(String hex) {
        try {
            return GsupDecoder.decode(HexFormat.of().parseHex(hex));
        } catch (MalformedGsupException e) {
            throw new AssertionError("test message does not decode: " + hex, e);
        }
    }

    static String hex(GsupMessage message) {
        return HexFormat.of().formatHex(GsupEncoder.encode(message));
    }

    static String hex(GsupSend send) {
        return hex(send.message());
    }

    @Override
    public void close() {
        store.close();
    }
}
