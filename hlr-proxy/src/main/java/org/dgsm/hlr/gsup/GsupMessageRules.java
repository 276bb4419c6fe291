package org.dgsm.hlr.gsup;

import java.util.List;
import java.util.Objects;

/** The value rules of {@link GsupMessage}, kept apart so the record stays readable. */
final class GsupMessageRules {

    private static final int SEND_AUTH_INFO_REQUEST = GsupMessageType.SEND_AUTH_INFO_REQUEST.code();

    private GsupMessageRules() {
    }

    static void checkImsi(String imsi) {
        Objects.requireNonNull(imsi, "IMSI");
        if (imsi.length() > GsupMessage.MAX_IMSI_DIGITS) {
            throw new IllegalArgumentException("IMSI must have at most 16 digits, got " + imsi.length());
        }
        if (!Tbcd.isValid(imsi)) {
            throw new IllegalArgumentException("IMSI \"" + imsi + "\" has a character outside " + Tbcd.ALPHABET);
        }
    }

    static void checkByte(String name, Integer value) {
        if (value != null && (value < 0 || value > 0xff)) {
            throw new IllegalArgumentException(name + " must be 0-255, got " + value);
        }
    }

    /** Fields osmo treats as "not set" when 0. */
    static void checkNonZeroByte(String name, Integer value) {
        if (value != null && (value < 1 || value > 0xff)) {
            throw new IllegalArgumentException(name + " must be 1-255 when present, got " + value
                    + " (0 means absent; use null)");
        }
    }

    static void checkOpaque(String name, Octets value) {
        if (value != null && value.length() > 0xff) {
            throw new IllegalArgumentException(name + " must be at most 255 bytes, got " + value.length());
        }
    }

    static void checkFixed(String name, Octets value, int length) {
        if (value != null && value.length() != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, got " + value.length());
        }
    }

    static void checkListSize(String name, List<?> list, int max) {
        if (list.size() > max) {
            throw new IllegalArgumentException("at most " + max + " " + name + " entries, got " + list.size());
        }
    }

    static void checkAuthFields(int messageType, Integer numVectorsRequested, List<AuthTuple> authTuples) {
        checkListSize("auth tuple", authTuples, GsupMessage.MAX_AUTH_TUPLES);
        if (messageType == SEND_AUTH_INFO_REQUEST) {
            checkNonZeroByte("number of vectors requested", numVectorsRequested);
            if (!authTuples.isEmpty()) {
                throw new IllegalArgumentException("a Send Auth Info Request carries no auth tuples");
            }
        } else if (numVectorsRequested != null) {
            throw new IllegalArgumentException("only a Send Auth Info Request carries the number of vectors requested");
        }
    }

    static void checkOriginatingAddress(SmRpAddress oa) {
        if (oa != null && oa.type() == SmRpAddress.IMSI) {
            throw new IllegalArgumentException("SM-RP-OA cannot be an IMSI");
        }
    }

    static void checkRatTypes(List<Integer> ratTypes) {
        checkListSize("supported RAT type", ratTypes, GsupMessage.MAX_RAT_TYPES);
        for (Integer rat : ratTypes) {
            checkByte("RAT type", Objects.requireNonNull(rat, "RAT type"));
        }
    }
}
