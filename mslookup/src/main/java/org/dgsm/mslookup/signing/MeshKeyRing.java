package org.dgsm.mslookup.signing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a node holds: it signs with {@code current} and accepts companions made with {@code current} or any of
 * {@code previous} (during a rollover). Revoking a key means removing it from every node's ring.
 *
 * @throws IllegalArgumentException from the constructor when two keys share an id
 */
public record MeshKeyRing(MeshKey current, List<MeshKey> previous) {

    public MeshKeyRing {
        Objects.requireNonNull(current, "current");
        previous = List.copyOf(previous);
        Set<String> ids = new HashSet<>();
        ids.add(current.keyId());
        for (MeshKey key : previous) {
            if (!ids.add(key.keyId())) {
                throw new IllegalArgumentException("key id '" + key.keyId() + "' appears twice in the key ring");
            }
        }
    }

    public static MeshKeyRing of(MeshKey current, MeshKey... previous) {
        return new MeshKeyRing(current, List.of(previous));
    }

    /** The key with this id, if this node accepts it. */
    public Optional<MeshKey> byId(String keyId) {
        if (current.keyId().equals(keyId)) {
            return Optional.of(current);
        }
        return previous.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** Current first. */
    public List<String> acceptedKeyIds() {
        List<String> ids = new ArrayList<>();
        ids.add(current.keyId());
        previous.forEach(k -> ids.add(k.keyId()));
        return ids;
    }
}
