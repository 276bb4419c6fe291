package org.dgsm.node.mslookup;

import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.server.MslookupAnswerSource;
import org.dgsm.mslookup.wire.IdType;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Inet4Address;
import java.util.Optional;

/**
 * Answers {@code gsup.hlr.<id>} for subscribers provisioned in this village's store, as OsmoHLR does:
 * age 0 (a home is permanent), by IMSI and by MSISDN, with this village's GSUP address.
 */
public final class HomeHlrAnswerSource implements MslookupAnswerSource {

    public static final String SERVICE = "gsup.hlr";

    private static final Logger log = LoggerFactory.getLogger(HomeHlrAnswerSource.class);

    private final SubscriberStore store;
    private final ServiceAddress gsupAddress;

    /** @param gsupAddress the announced address; must be a concrete one (not 0.0.0.0), peers connect to it */
    public HomeHlrAnswerSource(SubscriberStore store, ServiceAddress gsupAddress) {
        if (gsupAddress.ip().isAnyLocalAddress()) {
            throw new IllegalArgumentException("gsup.hlr cannot be announced as " + gsupAddress.ip().getHostAddress()
                    + ": bind GSUP to a concrete address or set --service gsup.hlr=IP:PORT");
        }
        this.store = store;
        this.gsupAddress = gsupAddress;
    }

    @Override
    public Optional<MslookupResult> lookup(MslookupQuery query) {
        if (!SERVICE.equals(query.service())) {
            return Optional.empty();
        }
        String digits = query.id().digits();
        boolean known = query.id().type() == IdType.IMSI
                ? store.findByImsi(digits).isPresent()
                : store.findByMsisdn(digits).isPresent();
        if (!known) {
            return Optional.empty();
        }
        log.debug("answering {} with {}", query, gsupAddress);
        boolean v4 = gsupAddress.ip() instanceof Inet4Address;
        return Optional.of(new MslookupResult(0, v4 ? gsupAddress : null, v4 ? null : gsupAddress));
    }
}
