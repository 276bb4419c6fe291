package org.dgsm.hlr.proxy;

import org.dgsm.hlr.gsup.Octets;

import java.time.Instant;
import java.util.Objects;

/**
 * What the proxy knows about one visitor (a subscriber of another village served by a local VLR), as kept in the
 * roaming cache. {@code null} means "not known".
 *
 * @param imsi              the visitor's IMSI
 * @param home              its home HLR, from the last successful lookup
 * @param msisdn            digits of the MSISDN from the last Insert Subscriber Data of home
 * @param insertData        the GSUP encoding of that Insert Subscriber Data (the subscriber data replayed to a VLR
 *                          while home is unreachable)
 * @param csVlr             IPA name (without NUL) of the VLR where the last CS location update completed
 * @param csViaProxy        that VLR sits behind another proxy (then this village does not answer service lookups)
 * @param csLocationUpdate  when that CS location update completed
 * @param psVlr             the same for PS (SGSN)
 * @param psLocationUpdate  when the PS location update completed
 * @param lastHomeContact   when home last sent us anything about this visitor
 * @param homeUpdatePending a location update was served from the cache; home must still learn the current VLR
 * @param updated           when this record last changed (expiry counts from here)
 */
public record Visitor(String imsi, HomeAddress home, String msisdn, Octets insertData, String csVlr,
                      boolean csViaProxy, Instant csLocationUpdate, String psVlr, Instant psLocationUpdate,
                      Instant lastHomeContact, boolean homeUpdatePending, Instant updated) {

    public Visitor {
        Objects.requireNonNull(imsi, "imsi");
        Objects.requireNonNull(updated, "updated");
    }

    /** A visitor known only by IMSI so far. */
    public static Visitor fresh(String imsi, Instant now) {
        return new Visitor(imsi, null, null, null, null, false, null, null, null, null, false, now);
    }

    public Visitor withHome(HomeAddress value, Instant now) {
        return new Visitor(imsi, value, msisdn, insertData, csVlr, csViaProxy, csLocationUpdate, psVlr,
                psLocationUpdate, lastHomeContact, homeUpdatePending, now);
    }

    public Visitor withSubscriberData(String newMsisdn, Octets newInsertData, Instant now) {
        return new Visitor(imsi, home, newMsisdn, newInsertData, csVlr, csViaProxy, csLocationUpdate, psVlr,
                psLocationUpdate, lastHomeContact, homeUpdatePending, now);
    }

    public Visitor withCsAttach(String vlr, boolean viaProxy, Instant at, boolean pendingAtHome) {
        return new Visitor(imsi, home, msisdn, insertData, vlr, viaProxy, at, psVlr, psLocationUpdate,
                lastHomeContact, pendingAtHome, at);
    }

    public Visitor withPsAttach(String vlr, Instant at, boolean pendingAtHome) {
        return new Visitor(imsi, home, msisdn, insertData, csVlr, csViaProxy, csLocationUpdate, vlr, at,
                lastHomeContact, pendingAtHome, at);
    }

    public Visitor withoutCsAttach(Instant now) {
        return new Visitor(imsi, home, msisdn, insertData, null, false, null, psVlr, psLocationUpdate,
                lastHomeContact, homeUpdatePending, now);
    }

    public Visitor withoutPsAttach(Instant now) {
        return new Visitor(imsi, home, msisdn, insertData, csVlr, csViaProxy, csLocationUpdate, null, null,
                lastHomeContact, homeUpdatePending, now);
    }

    /** Home spoke about this visitor; does not count as an update for expiry. */
    public Visitor withHomeContact(Instant at) {
        return new Visitor(imsi, home, msisdn, insertData, csVlr, csViaProxy, csLocationUpdate, psVlr,
                psLocationUpdate, at, homeUpdatePending, updated);
    }

    public Visitor withHomeUpdatePending(boolean value) {
        return new Visitor(imsi, home, msisdn, insertData, csVlr, csViaProxy, csLocationUpdate, psVlr,
                psLocationUpdate, lastHomeContact, value, updated);
    }
}
