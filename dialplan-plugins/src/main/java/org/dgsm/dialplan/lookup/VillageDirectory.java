package org.dgsm.dialplan.lookup;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;

/**
 * Names the village behind an address, when known (e.g. from peer discovery). mslookup answers carry no name, so
 * without a directory the village stays unknown.
 */
@FunctionalInterface
public interface VillageDirectory {

    Optional<String> villageAt(InetAddress address);

    static VillageDirectory none() {
        return address -> Optional.empty();
    }

    static VillageDirectory of(Map<InetAddress, String> names) {
        Map<InetAddress, String> copy = Map.copyOf(names);
        return address -> Optional.ofNullable(copy.get(address));
    }
}
