package org.dgsm.hlr.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of osmo-hlr's {@code subscriber} table (the columns osmo-hlr uses; see hlr-auc.md §1.1).
 * A {@code null} component stands for SQL NULL (no value).
 *
 * @param id            row id, the key of the auth tables
 * @param imsi          6 to 15 digits
 * @param msisdn        1 to 15 digits, or null for no number
 * @param imei          14 digits without check digit, or null
 * @param vlrNumber     IPA name of the MSC/VLR of the last CS location update (no trailing NUL), or null
 * @param sgsnNumber    IPA name of the SGSN of the last PS location update, or null
 * @param namCs         circuit switched access allowed
 * @param namPs         packet switched access allowed
 * @param msPurgedCs    purged by the VLR (never reset by a later location update, as in osmo-hlr)
 * @param msPurgedPs    purged by the SGSN
 * @param lastLuSeen    time of the last CS location update (whole seconds), or null
 * @param lastLuSeenPs  time of the last PS location update, or null
 * @param vlrViaProxy   IPA name of the D-GSM proxy the last CS location update came through, or null
 * @param sgsnViaProxy  same for PS
 */
public record Subscriber(
        long id,
        String imsi,
        String msisdn,
        String imei,
        String vlrNumber,
        String sgsnNumber,
        boolean namCs,
        boolean namPs,
        boolean msPurgedCs,
        boolean msPurgedPs,
        Instant lastLuSeen,
        Instant lastLuSeenPs,
        String vlrViaProxy,
        String sgsnViaProxy) {

    public Subscriber {
        Objects.requireNonNull(imsi, "imsi");
    }

    /** Network access mode for the domain: {@link #namCs()} or {@link #namPs()}. */
    public boolean networkAccessAllowed(CnDomain domain) {
        return domain == CnDomain.CS ? namCs : namPs;
    }

    /** Purge flag for the domain: {@link #msPurgedCs()} or {@link #msPurgedPs()}. */
    public boolean purged(CnDomain domain) {
        return domain == CnDomain.CS ? msPurgedCs : msPurgedPs;
    }

    /** VLR or SGSN name of the last location update in the domain, or null. */
    public String servingNode(CnDomain domain) {
        return domain == CnDomain.CS ? vlrNumber : sgsnNumber;
    }

    /** Proxy name of the last location update in the domain, or null. */
    public String viaProxy(CnDomain domain) {
        return domain == CnDomain.CS ? vlrViaProxy : sgsnViaProxy;
    }

    /** Time of the last location update in the domain, or null. */
    public Instant lastLocationUpdate(CnDomain domain) {
        return domain == CnDomain.CS ? lastLuSeen : lastLuSeenPs;
    }
}
