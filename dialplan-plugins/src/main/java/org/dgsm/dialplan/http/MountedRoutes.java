package org.dgsm.dialplan.http;

import java.util.Optional;

/**
 * More resources on the same HTTP server (the node's status page and metrics): asked first for every request;
 * empty means "not mine", and the lookup API and dialplan endpoint answer as usual.
 */
@FunctionalInterface
public interface MountedRoutes {

    MountedRoutes NONE = (method, target) -> Optional.empty();

    Optional<HttpAnswer> handle(String method, String target);
}
