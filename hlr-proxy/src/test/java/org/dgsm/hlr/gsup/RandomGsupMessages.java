package org.dgsm.hlr.gsup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random messages that satisfy every rule of {@link GsupMessage}, with each IE present about half the time. */
public final class RandomGsupMessages {

    private RandomGsupMessages() {
    }

    public static GsupMessage next(Random r) {
        int type = r.nextInt(4) == 0 ? GsupMessageType.SEND_AUTH_INFO_REQUEST.code() : r.nextInt(256);
        GsupMessageBuilder b = GsupMessage.builder(type, imsi(r));
        b.msisdn(maybeOpaque(r)).hlrNumber(maybeOpaque(r)).cause(maybeByte(r, 1)).cancelType(maybeByte(r, 0));
        b.pdpInfoComplete(r.nextBoolean()).freezePtmsi(r.nextBoolean());
        int pdpCount = r.nextBoolean() ? 0 : r.nextInt(GsupMessage.MAX_PDP_INFOS + 1);
        for (int i = 0; i < pdpCount; i++) {
            b.addPdpInfo(pdpInfo(r));
        }
        if (type == GsupMessageType.SEND_AUTH_INFO_REQUEST.code()) {
            b.numVectorsRequested(maybeByte(r, 1));
        } else {
            int tuples = r.nextBoolean() ? 0 : r.nextInt(GsupMessage.MAX_AUTH_TUPLES + 1);
            for (int i = 0; i < tuples; i++) {
                b.addAuthTuple(authTuple(r));
            }
        }
        b.auts(r.nextBoolean() ? bytes(r, 14) : null).rand(r.nextBoolean() ? bytes(r, 16) : null);
        b.pco(maybeOpaque(r)).cnDomain(maybeByte(r, 1)).chargingCharacteristics(maybeOpaque(r));
        b.session(r.nextBoolean() ? new GsupSession(r.nextLong() & 0xFFFF_FFFFL, 1 + r.nextInt(255)) : null);
        b.ssInfo(maybeOpaque(r)).smRpMr(maybeByte(r, 0));
        b.smRpDa(r.nextBoolean() ? smRpAddress(r, true) : null).smRpOa(r.nextBoolean() ? smRpAddress(r, false) : null);
        b.smRpUi(maybeOpaque(r)).smRpMms(maybeByte(r, 0)).smRpCause(maybeByte(r, 0)).smAlertReason(maybeByte(r, 1));
        b.imei(maybeOpaque(r)).imeiResult(maybeByte(r, 0)).messageClass(maybeByte(r, 1));
        b.sourceName(maybeOpaque(r)).destinationName(maybeOpaque(r));
        b.anApdu(r.nextBoolean() ? new AnApdu(r.nextInt(256), bytes(r, 1 + r.nextInt(254))) : null);
        b.causeRr(maybeByte(r, 0)).causeBssap(maybeByte(r, 0)).causeSm(maybeByte(r, 1));
        List<Integer> rats = new ArrayList<>();
        int ratCount = r.nextBoolean() ? 0 : r.nextInt(GsupMessage.MAX_RAT_TYPES + 1);
        for (int i = 0; i < ratCount; i++) {
            rats.add(r.nextInt(256));
        }
        b.supportedRatTypes(rats).currentRatType(maybeByte(r, 1));
        return b.build();
    }

    private static String imsi(Random r) {
        int length = r.nextInt(10) == 0 ? r.nextInt(GsupMessage.MAX_IMSI_DIGITS + 1) : 6 + r.nextInt(10);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(r.nextInt(20) == 0 ? Tbcd.ALPHABET.charAt(r.nextInt(15)) : (char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static PdpInfo pdpInfo(Random r) {
        int contextId = 1 + r.nextInt(255);
        if (r.nextInt(4) == 0) {
            return PdpInfo.contextIdOnly(contextId);
        }
        return PdpInfo.of(contextId, r.nextBoolean() ? bytes(r, r.nextInt(21)) : null,
                r.nextBoolean() ? bytes(r, r.nextInt(60)) : null, r.nextBoolean() ? bytes(r, r.nextInt(20)) : null,
                r.nextBoolean() ? bytes(r, 2) : null);
    }

    private static AuthTuple authTuple(Random r) {
        boolean gsm = r.nextInt(4) != 0;
        boolean umts = r.nextBoolean();
        return new AuthTuple(gsm ? bytes(r, 16) : null, gsm ? bytes(r, 4) : null, gsm ? bytes(r, 8) : null,
                umts ? bytes(r, 16) : null, umts ? bytes(r, 16) : null, umts ? bytes(r, 16) : null,
                umts ? bytes(r, r.nextInt(17)) : null);
    }

    private static SmRpAddress smRpAddress(Random r, boolean destination) {
        int[] types = destination
                ? new int[] {SmRpAddress.IMSI, SmRpAddress.MSISDN, SmRpAddress.SMSC_ADDRESS, SmRpAddress.NONE}
                : new int[] {SmRpAddress.MSISDN, SmRpAddress.SMSC_ADDRESS, SmRpAddress.NONE};
        int type = types[r.nextInt(types.length)];
        return type == SmRpAddress.NONE ? SmRpAddress.none() : new SmRpAddress(type, bytes(r, 1 + r.nextInt(12)));
    }

    private static Octets maybeOpaque(Random r) {
        if (r.nextBoolean()) {
            return null;
        }
        return bytes(r, r.nextInt(8) == 0 ? r.nextInt(256) : r.nextInt(12));
    }

    private static Integer maybeByte(Random r, int min) {
        return r.nextBoolean() ? null : min + r.nextInt(256 - min);
    }

    private static Octets bytes(Random r, int length) {
        byte[] out = new byte[length];
        r.nextBytes(out);
        return Octets.of(out);
    }
}
