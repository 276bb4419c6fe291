package org.dgsm.node.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What an HLR database file holds after a fault, read with plain SQL (not through the store, which would migrate
 * or repair): the integrity check, and per IMSI the VLR number, last LU time and 3G SQN.
 */
public record StoredState(String integrity, Map<String, Row> rows) {

    public record Row(String vlrNumber, String lastLuSeen, Long sqn, int indBitlen) {
    }

    public static StoredState read(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            StringBuilder integrity = new StringBuilder();
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                while (r.next()) {
                    integrity.append(integrity.length() == 0 ? "" : "; ").append(r.getString(1));
                }
            }
            Map<String, Row> rows = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT s.imsi, s.vlr_number, s.last_lu_seen, a.sqn, a.ind_bitlen"
                    + " FROM subscriber s LEFT JOIN auc_3g a ON a.subscriber_id = s.id")) {
                while (r.next()) {
                    long sqn = r.getLong(4);
                    Long sqnOrNull = r.wasNull() ? null : sqn;
                    rows.put(r.getString(1), new Row(r.getString(2), r.getString(3), sqnOrNull, r.getInt(5)));
                }
            }
            return new StoredState(integrity.toString(), rows);
        }
    }

    public boolean integrityOk() {
        return "ok".equals(integrity);
    }
}
