package org.dgsm.hlr.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dgsm.hlr.store.SubscriberStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code dgsm roaming list} and the node's status show about visitors: home, MSISDN, where and when they
 * last attached, their stock of auth tuples and when home last spoke about them.
 */
public final class RoamingReport {

    /** One visitor as listed. */
    public record Row(String imsi, String home, String msisdn, String csVlr, Instant csLocationUpdate,
                      String psVlr, Instant psLocationUpdate, int tuples, Instant lastHomeContact,
                      boolean homeUpdatePending, Instant updated) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoamingReport() {
    }

    /** Every visitor in the store's roaming tables, ordered by IMSI (expired ones included until removed). */
    public static List<Row> read(SubscriberStore store) {
        return store.readOwnTables("list roaming visitors", c -> {
            List<Row> rows = new ArrayList<>();
            for (Visitor v : RoamingTables.list(c)) {
                rows.add(new Row(v.imsi(), v.home() == null ? null : v.home().toString(), v.msisdn(), v.csVlr(),
                        v.csLocationUpdate(), v.psVlr(), v.psLocationUpdate(), RoamingTables.countTuples(c, v.imsi()),
                        v.lastHomeContact(), v.homeUpdatePending(), v.updated()));
            }
            return rows;
        });
    }

    /** A table with a header line; {@code -} for what is not known. */
    public static String text(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-15s %-21s %-15s %-16s %-20s %6s %-20s%n",
                "imsi", "home", "msisdn", "cs-vlr", "lu-time", "tuples", "last-home-contact"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-15s %-21s %-15s %-16s %-20s %6d %-20s%s%n", r.imsi(),
                    dash(r.home()), dash(r.msisdn()), dash(r.csVlr()), time(r.csLocationUpdate()), r.tuples(),
                    time(r.lastHomeContact()), r.homeUpdatePending() ? " (home not yet told)" : ""));
        }
        return out.toString();
    }

    /** A JSON array, one object per visitor; times as ISO-8601 UTC, unknown values as null. */
    public static String json(List<Row> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (Row r : rows) {
            ObjectNode o = array.addObject();
            o.put("imsi", r.imsi());
            o.put("home", r.home());
            o.put("msisdn", r.msisdn());
            o.put("csVlr", r.csVlr());
            o.put("csLuTime", iso(r.csLocationUpdate()));
            o.put("psVlr", r.psVlr());
            o.put("psLuTime", iso(r.psLocationUpdate()));
            o.put("tuples", r.tuples());
            o.put("lastHomeContact", iso(r.lastHomeContact()));
            o.put("homeUpdatePending", r.homeUpdatePending());
            o.put("updated", iso(r.updated()));
        }
        return array.toPrettyString();
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
