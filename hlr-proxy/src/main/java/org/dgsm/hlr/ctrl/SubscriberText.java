package org.dgsm.hlr.ctrl;

import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.Subscriber;

/**
 * The text of osmo-hlr's subscriber answers: {@code info} and {@code info-aud} are lines {@code \n<name>\t<value>},
 * each starting with a newline; {@code aud2g}/{@code aud3g} are comma-separated.
 *
 * <p>osmo-hlr also prints {@code periodic_lu_timer}, {@code periodic_rau_tau_timer}, {@code lmsi} and (when set)
 * {@code sgsn_address} from database columns that it never writes itself; they are always 0 / absent here.
 */
final class SubscriberText {

    // osmo-hlr copies these columns into fixed C buffers, cutting longer values
    private static final int IMSI_CHARS = 15;
    private static final int MSISDN_CHARS = 15;
    private static final int NODE_NAME_CHARS = 31;

    private SubscriberText() {
    }

    static String info(Subscriber s) {
        StringBuilder out = new StringBuilder(256);
        out.append("\nid\t").append(Long.toUnsignedString(s.id()));
        appendIfSet(out, "imsi", cut(s.imsi(), IMSI_CHARS));
        appendIfSet(out, "msisdn", cut(s.msisdn(), MSISDN_CHARS));
        appendFlag(out, "nam_cs", s.namCs());
        appendFlag(out, "nam_ps", s.namPs());
        appendIfSet(out, "vlr_number", cut(s.vlrNumber(), NODE_NAME_CHARS));
        appendIfSet(out, "sgsn_number", cut(s.sgsnNumber(), NODE_NAME_CHARS));
        appendFlag(out, "ms_purged_cs", s.msPurgedCs());
        appendFlag(out, "ms_purged_ps", s.msPurgedPs());
        out.append("\nperiodic_lu_timer\t0\nperiodic_rau_tau_timer\t0\nlmsi\t00000000");
        return out.toString();
    }

    static String authInfo(StoredAuth auth) {
        StringBuilder out = new StringBuilder(256);
        AuthData2g a2 = auth.auth2g();
        if (a2 != null) {
            out.append("\naud2g.algo\t").append(StoredAuth.algorithmName(a2.algorithmId()))
                    .append("\naud2g.ki\t").append(a2.ki());
        }
        AuthData3g a3 = auth.auth3g();
        if (a3 != null) {
            out.append("\naud3g.algo\t").append(StoredAuth.algorithmName(a3.algorithmId()))
                    .append("\naud3g.k\t").append(a3.k())
                    .append(a3.usesOp() ? "\naud3g.op\t" : "\naud3g.opc\t").append(a3.usesOp() ? a3.op() : a3.opc())
                    .append("\naud3g.ind_bitlen\t").append(Integer.toUnsignedString(a3.indBitlen()))
                    .append("\naud3g.sqn\t").append(Long.toUnsignedString(a3.sqn()));
        }
        return out.toString();
    }

    /** {@code none} or {@code <ALGO>,<Ki>}. */
    static String aud2g(AuthData2g a2) {
        return a2 == null ? "none" : StoredAuth.algorithmName(a2.algorithmId()) + "," + a2.ki();
    }

    /** {@code none} or {@code <ALGO>,<K>,OP|OPC,<OP/OPc>,<IND bit length>}. */
    static String aud3g(AuthData3g a3) {
        if (a3 == null) {
            return "none";
        }
        return StoredAuth.algorithmName(a3.algorithmId()) + "," + a3.k() + ","
                + (a3.usesOp() ? "OP," + a3.op() : "OPC," + a3.opc()) + ","
                + Integer.toUnsignedString(a3.indBitlen());
    }

    private static void appendIfSet(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append('\n').append(name).append('\t').append(value);
        }
    }

    private static void appendFlag(StringBuilder out, String name, boolean on) {
        out.append('\n').append(name).append(on ? "\t1" : "\t0");
    }

    private static String cut(String value, int maxChars) {
        return value == null || value.length() <= maxChars ? value : value.substring(0, maxChars);
    }
}
