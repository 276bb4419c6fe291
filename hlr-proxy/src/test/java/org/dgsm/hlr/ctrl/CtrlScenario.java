package org.dgsm.hlr.ctrl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.SubscriberStore;

/**
 * The database and the requests of the CTRL interop test and of the transcript captured from osmo-hlr 1.5.0 with
 * them (resources {@code ctrl/interop-requests.txt} and {@code ctrl/osmo-hlr-1.5.0-transcript.txt}).
 */
public final class CtrlScenario {

    public static final String REQUESTS = "/ctrl/interop-requests.txt";
    public static final String TRANSCRIPT = "/ctrl/osmo-hlr-1.5.0-transcript.txt";

    static final String IMSI_1 = "901990000000001";
    static final String IMSI_2 = "901990000000002";
    static final String IMSI_3 = "901990000000003";
    static final String IMSI_4 = "901990000000004";
    private static final Instant LU_TIME = Instant.parse("2026-11-20T10:00:00Z");

    private CtrlScenario() {
    }

    /**
     * Four subscribers (ids 1 to 4): (1) MSISDN 101, COMP128v1, a CS location update; (2) no MSISDN, MILENAGE with
     * OPc and SQN 4223; (3) MSISDN 103, 2G XOR and MILENAGE with OP and IND bit length 8, a PS location update through
     * a proxy, purged in PS; (4) no auth data, CS and PS disabled, a VLR name longer than osmo-hlr's 31-char buffer.
     */
    public static void provision(SubscriberStore store) {
        store.createWithAuth(IMSI_1, "101",
                AuthData2g.of(AuthAlgorithm.COMP128V1, "000102030405060708090a0b0c0d0e0f"), null);
        store.recordLocationUpdate(IMSI_1, CnDomain.CS, "msc-village-a", null, LU_TIME);
        store.createWithAuth(IMSI_2, null, null, new AuthData3g(AuthAlgorithm.MILENAGE.id(),
                "000102030405060708090a0b0c0d0e0f", null, "101112131415161718191a1b1c1d1e1f", 4223, 5));
        store.createWithAuth(IMSI_3, "103",
                new AuthData2g(AuthAlgorithm.XOR_3G.id(), "c01ffedc1cadaeac1d1f1edacac1ab0a"),
                new AuthData3g(AuthAlgorithm.MILENAGE.id(), "202122232425262728292a2b2c2d2e2f",
                        "303132333435363738393a3b3c3d3e3f", null, 2342, 8));
        store.recordLocationUpdate(IMSI_3, CnDomain.PS, "SGSN-00-00-00-00-00-00", "hlr-B", LU_TIME);
        store.setPurged(IMSI_3, CnDomain.PS, true);
        store.create(IMSI_4);
        store.setNetworkAccess(IMSI_4, CnDomain.CS, false);
        store.setNetworkAccess(IMSI_4, CnDomain.PS, false);
        store.recordLocationUpdate(IMSI_4, CnDomain.CS, "msc-with-a-name-longer-than-thirty-one-chars", null,
                LU_TIME);
    }

    /** One request of {@link #REQUESTS}: the bytes to write and the line they came from. */
    public record Request(String line, byte[] bytes) {
    }

    public static List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (String line : lines(REQUESTS)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            byte[] bytes = line.startsWith("raw ")
                    ? HexFormat.of().parseHex(line.substring(4))
                    : CtrlFrames.frameText(Escapes.unescape(line));
            requests.add(new Request(line, bytes));
        }
        return requests;
    }

    /** The lines of a classpath resource. */
    public static List<String> lines(String resource) {
        InputStream in = CtrlScenario.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("test resource " + resource + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
