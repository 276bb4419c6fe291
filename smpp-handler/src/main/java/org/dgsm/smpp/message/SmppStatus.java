package org.dgsm.smpp.message;

import java.util.Map;

/** SMPP 3.4 command_status values this handler sends or interprets, and which failures are worth a retry. */
public final class SmppStatus {

    public static final int ROK = 0x00;
    public static final int RINVMSGLEN = 0x01;
    public static final int RINVCMDLEN = 0x02;
    public static final int RINVCMDID = 0x03;
    public static final int RINVBNDSTS = 0x04;
    public static final int RSYSERR = 0x08;
    public static final int RINVSRCADR = 0x0a;
    public static final int RINVDSTADR = 0x0b;
    public static final int RINVMSGID = 0x0c;
    public static final int RBINDFAIL = 0x0d;
    public static final int RINVPASWD = 0x0e;
    public static final int RINVSYSID = 0x0f;
    public static final int RMSGQFUL = 0x14;
    public static final int RINVESMCLASS = 0x43;
    public static final int RTHROTTLED = 0x58;
    public static final int RX_T_APPN = 0x64;
    public static final int RX_P_APPN = 0x65;
    public static final int RX_R_APPN = 0x66;
    public static final int RINVOPTPARSTREAM = 0xc0;
    public static final int ROPTPARNOTALLWD = 0xc1;
    public static final int RINVPARLEN = 0xc2;
    public static final int RMISSINGOPTPARAM = 0xc3;
    public static final int RINVOPTPARAMVAL = 0xc4;
    public static final int RDELIVERYFAILURE = 0xfe;
    public static final int RUNKNOWNERR = 0xff;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(ROK, "ESME_ROK"), Map.entry(RINVMSGLEN, "ESME_RINVMSGLEN"),
            Map.entry(RINVCMDLEN, "ESME_RINVCMDLEN"), Map.entry(RINVCMDID, "ESME_RINVCMDID"),
            Map.entry(RINVBNDSTS, "ESME_RINVBNDSTS"), Map.entry(RSYSERR, "ESME_RSYSERR"),
            Map.entry(RINVSRCADR, "ESME_RINVSRCADR"), Map.entry(RINVDSTADR, "ESME_RINVDSTADR"),
            Map.entry(RINVMSGID, "ESME_RINVMSGID"), Map.entry(RBINDFAIL, "ESME_RBINDFAIL"),
            Map.entry(RINVPASWD, "ESME_RINVPASWD"), Map.entry(RINVSYSID, "ESME_RINVSYSID"),
            Map.entry(RMSGQFUL, "ESME_RMSGQFUL"), Map.entry(RINVESMCLASS, "ESME_RINVESMCLASS"),
            Map.entry(RTHROTTLED, "ESME_RTHROTTLED"), Map.entry(RX_T_APPN, "ESME_RX_T_APPN"),
            Map.entry(RX_P_APPN, "ESME_RX_P_APPN"), Map.entry(RX_R_APPN, "ESME_RX_R_APPN"),
            Map.entry(RINVOPTPARSTREAM, "ESME_RINVOPTPARSTREAM"), Map.entry(ROPTPARNOTALLWD, "ESME_ROPTPARNOTALLWD"),
            Map.entry(RINVPARLEN, "ESME_RINVPARLEN"), Map.entry(RMISSINGOPTPARAM, "ESME_RMISSINGOPTPARAM"),
            Map.entry(RINVOPTPARAMVAL, "ESME_RINVOPTPARAMVAL"), Map.entry(RDELIVERYFAILURE, "ESME_RDELIVERYFAILURE"),
            Map.entry(RUNKNOWNERR, "ESME_RUNKNOWNERR"));

    private SmppStatus() {
    }

    /** {@code ESME_RINVDSTADR (0x0000000b)}, or just the hex value for codes without a name here. */
    public static String describe(int status) {
        String name = NAMES.get(status);
        String hex = String.format("0x%08x", status);
        return name == null ? hex : name + " (" + hex + ")";
    }

    /**
     * Whether a rejection means "this message will never be accepted", so that retrying is pointless: malformed
     * content, bad addresses, permanent application errors, and osmo-msc's 0xff for a data coding it cannot convert.
     * Everything else (system errors, full queues, throttling, temporary application errors, unknown codes) is
     * retried.
     */
    public static boolean isPermanent(int status) {
        return switch (status) {
            case RINVMSGLEN, RINVSRCADR, RINVDSTADR, RINVESMCLASS, RX_P_APPN, RX_R_APPN, RINVOPTPARSTREAM,
                    ROPTPARNOTALLWD, RINVPARLEN, RMISSINGOPTPARAM, RINVOPTPARAMVAL, RUNKNOWNERR -> true;
            default -> (status >= 0x48 && status <= 0x51);
        };
    }
}
