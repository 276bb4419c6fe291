package org.dgsm.mslookup.server;

import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;

import java.util.Optional;

/**
 * What this site knows: the result for a query, or empty when this site must stay silent (there is no negative answer
 * on the wire). Called on the responder's thread for every valid query; keep it quick.
 */
@FunctionalInterface
public interface MslookupAnswerSource {

    Optional<MslookupResult> lookup(MslookupQuery query);
}
