package org.dgsm.hlr.netty;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may connect in one {@link PeerRole}: a peer is allowed when its IPA name is one of {@code names} AND its source
 * address lies in one of {@code sources}. An empty Optional means "any" for that criterion; an empty set or list
 * means "none", so {@link #nobody()} refuses every peer.
 *
 * @param names   IPA names as displayed (without the trailing NUL), compared exactly
 * @param sources address blocks the TCP connection may come from
 */
public record PeerAllowList(Optional<Set<String>> names, Optional<List<AddressBlock>> sources) {

    private static final PeerAllowList ANY = new PeerAllowList(Optional.empty(), Optional.empty());
    private static final PeerAllowList NOBODY = new PeerAllowList(Optional.of(Set.of()), Optional.empty());

    public PeerAllowList {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(sources, "sources");
        names = names.map(n -> Set.copyOf(new TreeSet<>(n)));
        sources = sources.map(List::copyOf);
    }

    /** Every peer. */
    public static PeerAllowList any() {
        return ANY;
    }

    /** No peer at all. */
    public static PeerAllowList nobody() {
        return NOBODY;
    }

    /**
     * @param names   allowed IPA names, or null for any name
     * @param sources allowed source blocks as CIDR text ({@code 10.23.0.0/16}, {@code 127.0.0.1}), or null for any
     *                address
     * @throws IllegalArgumentException for a block that does not parse, or an empty or NUL-carrying name
     */
    public static PeerAllowList of(Collection<String> names, Collection<String> sources) {
        Optional<Set<String>> nameSet = Optional.ofNullable(names).map(n -> {
            for (String name : n) {
                if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException("an allowed IPA name must be non-empty text without NUL: "
                            + name);
                }
            }
            return Set.copyOf(n);
        });
        Optional<List<AddressBlock>> blocks = Optional.ofNullable(sources)
                .map(s -> s.stream().map(AddressBlock::parse).toList());
        return new PeerAllowList(nameSet, blocks);
    }

    public boolean allows(String ipaName, InetAddress source) {
        boolean nameOk = names.map(n -> n.contains(ipaName)).orElse(true);
        boolean sourceOk = sources.map(s -> s.stream().anyMatch(b -> b.contains(source))).orElse(true);
        return nameOk && sourceOk;
    }

    /** E.g. {@code names [msc-A, msc-B], sources [10.23.0.0/16]} or {@code anyone}; sorted, for log lines. */
    public String describe() {
        if (names.isEmpty() && sources.isEmpty()) {
            return "anyone";
        }
        if (names.map(Set::isEmpty).orElse(false) || sources.map(List::isEmpty).orElse(false)) {
            return "nobody";
        }
        String n = names.map(set -> "names " + new TreeSet<>(set)).orElse("any name");
        String s = sources.map(list -> "sources " + list).orElse("any source");
        return n + ", " + s;
    }
}
