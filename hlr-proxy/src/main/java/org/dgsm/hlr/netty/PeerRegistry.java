package org.dgsm.hlr.netty;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dgsm.hlr.gsup.Octets;

/**
 * Route table: IPA name (raw bytes, trailing NUL included, compared with their length) → connection. A second
 * connection presenting a name takes the name over (osmo-hlr keeps the first; a restarted MSC whose old TCP connection
 * is not yet known to be dead would then be unreachable). Removing is conditional on the connection, so the close of
 * a replaced connection does not remove its successor's route. Changed from one thread; readable from any.
 *
 * @param <C> the connection type
 */
final class PeerRegistry<C> {

    private final ConcurrentHashMap<Octets, C> routes = new ConcurrentHashMap<>();

    /** @return the connection that had this name before, if another one did */
    Optional<C> register(Octets name, C connection) {
        Objects.requireNonNull(connection, "connection");
        C previous = routes.put(name, connection);
        return previous == null || previous == connection ? Optional.empty() : Optional.of(previous);
    }

    /** Removes the route if it still leads to {@code connection}; @return whether it did */
    boolean remove(Octets name, C connection) {
        return routes.remove(name, connection);
    }

    Optional<C> route(Octets name) {
        return Optional.ofNullable(routes.get(name));
    }

    Map<Octets, C> snapshot() {
        return Map.copyOf(routes);
    }

    int size() {
        return routes.size();
    }
}
