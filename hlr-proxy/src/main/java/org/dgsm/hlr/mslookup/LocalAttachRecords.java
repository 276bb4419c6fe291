package org.dgsm.hlr.mslookup;

import org.dgsm.mslookup.wire.MslookupId;

import java.util.Optional;

/**
 * A place that knows where subscribers attached locally: the subscriber database for our own subscribers, and (as
 * in osmo-hlr) the D-GSM proxy's table for visitors whose location update passed through here.
 */
@FunctionalInterface
public interface LocalAttachRecords {

    /** The last CS attach of the subscriber at a directly connected VLR, if this record knows one. */
    Optional<LocalAttach> lastLocalAttach(MslookupId id);
}
