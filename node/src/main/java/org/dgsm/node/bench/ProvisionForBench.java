package org.dgsm.node.bench;

import org.dgsm.hlr.store.SubscriberStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Benchmark set-up: creates one subscriber per IMSI line of a file (MSISDN = line number), skipping existing ones. */
public final class ProvisionForBench {

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
            for (int i = 0; i < imsis.size(); i++) {
                String imsi = imsis.get(i).strip();
                if (!imsi.isEmpty() && store.findByImsi(imsi).isEmpty()) {
                    store.create(imsi, Integer.toString(10000 + i));
                    created++;
                }
            }
        }
        System.err.println("provisioned " + created + " subscribers in " + args[0]);
    }
}
