package org.dgsm.node.bench;

import org.dgsm.hlr.store.AuthAlgorithm;
import org.dgsm.hlr.store.AuthData2g;
import org.dgsm.hlr.store.AuthData3g;
import org.dgsm.hlr.store.SubscriberStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark set-up: creates one subscriber per IMSI line of a file (MSISDN = 10000 + line number), with COMP128v1
 * and MILENAGE auth data (fixed test keys), skipping existing ones; all in one transaction.
 */
public final class ProvisionForBench {

    private static final String KI = "eb215756028d60e3275e613320aec880";
    private static final String OPC = "fb2a3d1b360f599abab99db8669f8308";

    private ProvisionForBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ProvisionForBench DB IMSI-FILE");
            System.exit(2);
        }
        List<String> imsis = Files.readAllLines(Path.of(args[1]));
        int created = 0;
        try (SubscriberStore store = SubscriberStore.open(Path.of(args[0]))) {
            created = store.inOneTransaction(() -> {
                int n = 0;
                for (int i = 0; i < imsis.size(); i++) {
                    String imsi = imsis.get(i).strip();
                    if (!imsi.isEmpty() && store.findByImsi(imsi).isEmpty()) {
                        store.createWithAuth(imsi, Integer.toString(10000 + i), AuthData2g.of(AuthAlgorithm.COMP128V1, KI),
                                AuthData3g.milenageWithOpc(KI, OPC));
                        n++;
                    }
                }
                return n;
            });
        }
        System.err.println("provisioned " + created + " subscribers in " + args[0]);
    }
}
