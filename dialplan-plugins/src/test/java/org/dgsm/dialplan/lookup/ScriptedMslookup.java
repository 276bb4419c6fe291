package org.dgsm.dialplan.lookup;

import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A fake {@link AsyncMslookup} for tests: answers from a script (immediately, or held until the test releases
 * them) and records every query it was asked.
 */
public final class ScriptedMslookup implements AsyncMslookup {

    private final Function<MslookupQuery, CompletableFuture<Optional<MslookupResult>>> script;
    private final List<MslookupQuery> asked = new ArrayList<>();
    private volatile Map<MslookupQuery, CompletableFuture<Optional<MslookupResult>>> open = Map.of();

    private ScriptedMslookup(Function<MslookupQuery, CompletableFuture<Optional<MslookupResult>>> script) {
        this.script = script;
    }

    /** Answers at once from {@code answers}; queries not in the map are not found. */
    public static ScriptedMslookup answering(Map<MslookupQuery, MslookupResult> answers) {
        Map<MslookupQuery, MslookupResult> copy = Map.copyOf(answers);
        return new ScriptedMslookup(q -> CompletableFuture.completedFuture(Optional.ofNullable(copy.get(q))));
    }

    /** Every lookup fails with {@code error}. */
    public static ScriptedMslookup failingWith(RuntimeException error) {
        return new ScriptedMslookup(q -> CompletableFuture.failedFuture(error));
    }

    /** Every lookup stays open until the test completes the future {@link #pending} returns for its query. */
    public static ScriptedMslookup held() {
        Map<MslookupQuery, CompletableFuture<Optional<MslookupResult>>> open = new ConcurrentHashMap<>();
        ScriptedMslookup fake = new ScriptedMslookup(q -> open.computeIfAbsent(q, k -> new CompletableFuture<>()));
        fake.open = open;
        return fake;
    }

    public static ScriptedMslookup of(Function<MslookupQuery, CompletableFuture<Optional<MslookupResult>>> script) {
        return new ScriptedMslookup(script);
    }

    @Override
    public synchronized CompletableFuture<Optional<MslookupResult>> lookup(MslookupQuery query) {
        asked.add(query);
        return script.apply(query);
    }

    /** The open lookup of a {@link #held()} fake for {@code query}; null when it was never asked. */
    public CompletableFuture<Optional<MslookupResult>> pending(MslookupQuery query) {
        return open.get(query);
    }

    public synchronized List<MslookupQuery> asked() {
        return List.copyOf(asked);
    }
}
