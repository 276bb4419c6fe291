package org.dgsm.hlr.gsup;

/** Decodes the IEs with structured values: auth tuple, PDP info, SM-RP-DA/OA. */
final class NestedIeDecoder {

    private NestedIeDecoder() {
    }

    /** Nested IE lengths are exact, except RES (0–16); a wrong one is an error osmo reports without a GMM cause. */
    static AuthTuple authTuple(TlvReader outer) throws MalformedGsupException {
        TlvReader r = new TlvReader(outer.buffer(), outer.valueOffset(), outer.valueLength());
        byte[] rand = new byte[AuthTuple.RAND_LENGTH];
        byte[] sres = new byte[AuthTuple.SRES_LENGTH];
        byte[] kc = new byte[AuthTuple.KC_LENGTH];
        byte[] ik = new byte[AuthTuple.IK_LENGTH];
        byte[] ck = new byte[AuthTuple.CK_LENGTH];
        byte[] autn = new byte[AuthTuple.AUTN_LENGTH];
        Octets res = Octets.EMPTY;
        boolean gsm = false;
        boolean umts = false;
        while (r.hasMore()) {
            if (!r.next()) {
                throw new MalformedGsupException(GmmCause.PROTOCOL_ERROR_UNSPECIFIED, "auth tuple: " + r.truncation());
            }
            GsupIe ie = GsupIe.fromTag(r.tag());
            if (ie == null) {
                continue;
            }
            switch (ie) {
                case RAND -> gsm |= copyExact(r, ie, rand);
                case SRES -> gsm |= copyExact(r, ie, sres);
                case KC -> gsm |= copyExact(r, ie, kc);
                case IK -> umts |= copyExact(r, ie, ik);
                case CK -> umts |= copyExact(r, ie, ck);
                case AUTN -> umts |= copyExact(r, ie, autn);
                case RES -> {
                    if (r.valueLength() > AuthTuple.MAX_RES_LENGTH) {
                        throw MalformedGsupException.withoutCause(
                                "auth tuple: RES must be at most 16 bytes, got " + r.valueLength());
                    }
                    res = r.value();
                    umts = true;
                }
                default -> {
                    // osmo skips any other IE inside an auth tuple
                }
            }
        }
        return new AuthTuple(
                gsm ? Octets.of(rand) : null, gsm ? Octets.of(sres) : null, gsm ? Octets.of(kc) : null,
                umts ? Octets.of(ik) : null, umts ? Octets.of(ck) : null, umts ? Octets.of(autn) : null,
                umts ? res : null);
    }

    /** The PDP info, or {@code null} when its context id is 0 or missing (osmo's encoder would skip it). */
    static PdpInfo pdpInfo(TlvReader outer) throws MalformedGsupException {
        TlvReader r = new TlvReader(outer.buffer(), outer.valueOffset(), outer.valueLength());
        int contextId = 0;
        Octets address = null;
        Octets apn = null;
        Octets qos = null;
        Octets charging = null;
        while (r.hasMore()) {
            if (!r.next()) {
                throw new MalformedGsupException(GmmCause.PROTOCOL_ERROR_UNSPECIFIED, "PDP info: " + r.truncation());
            }
            GsupIe ie = GsupIe.fromTag(r.tag());
            if (ie == null) {
                continue;
            }
            switch (ie) {
                case PDP_CONTEXT_ID -> contextId = GsupDecoder.oneByte(r, "PDP info: ");
                case PDP_ADDRESS -> address = r.value();
                case APN -> apn = r.value();
                case QOS -> qos = r.value();
                case CHARGING_CHARACTERISTICS -> charging = r.value();
                default -> {
                    // osmo skips any other IE inside PDP info
                }
            }
        }
        return contextId == 0 ? null : PdpInfo.of(contextId, address, apn, qos, charging);
    }

    /** SM-RP-DA ({@code destination}) or SM-RP-OA; osmo reports a bad one without a GMM cause. */
    static SmRpAddress smRpAddress(TlvReader r, boolean destination) throws MalformedGsupException {
        String name = destination ? "SM-RP-DA" : "SM-RP-OA";
        if (r.valueLength() < 1) {
            throw MalformedGsupException.withoutCause(name + ": missing identity type");
        }
        int type = r.valueByte(0);
        Octets identity = Octets.of(r.buffer(), r.valueOffset() + 1, r.valueLength() - 1);
        boolean known = type == SmRpAddress.MSISDN || type == SmRpAddress.SMSC_ADDRESS || type == SmRpAddress.NONE
                || (destination && type == SmRpAddress.IMSI);
        if (!known) {
            throw MalformedGsupException.withoutCause(String.format("%s: unexpected identity type 0x%02x", name, type));
        }
        if (type == SmRpAddress.NONE && !identity.isEmpty()) {
            throw MalformedGsupException.withoutCause(name + ": type 0xff (none) must carry no identity");
        }
        if (type != SmRpAddress.NONE && identity.isEmpty()) {
            throw MalformedGsupException.withoutCause(String.format("%s: type 0x%02x without identity", name, type));
        }
        return new SmRpAddress(type, identity);
    }

    private static boolean copyExact(TlvReader r, GsupIe ie, byte[] target) throws MalformedGsupException {
        if (r.valueLength() != target.length) {
            throw MalformedGsupException.withoutCause("auth tuple: nested " + ie.name() + " must be " + target.length
                    + " bytes, got " + r.valueLength());
        }
        System.arraycopy(r.buffer(), r.valueOffset(), target, 0, target.length);
        return true;
    }
}
