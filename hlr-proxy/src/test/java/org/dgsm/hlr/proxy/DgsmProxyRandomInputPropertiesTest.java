package org.dgsm.hlr.proxy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.RandomGsupMessages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.proxy.ProxyHarness.HOME_A;

/** Arbitrary GSUP from VLRs and from home, mixed with lookup, link and timer events: nothing throws or hangs. */
class DgsmProxyRandomInputPropertiesTest {

    private static final List<String> VLRS = List.of("msc-B1", "msc-B2", "hlr-C");

    @Property(tries = 15)
    void survivesArbitraryMessagesAndEvents(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        Path folder = Files.createTempDirectory("proxy-random");
        try (ProxyHarness b = new ProxyHarness(folder)) {
            VLRS.forEach(b::connect);
            // one SQLite commit for the whole script, as the GSUP server's group commit would do under load
            b.proxy.inOneTransaction(() -> runScript(b, r));
            b.linkDown();
            for (int i = 0; i < 4; i++) {
                b.advance(Duration.ofSeconds(6));
            }
            assertThat(b.proxy.internalErrors()).isZero();
            assertThat(b.proxy.waitingRequests()).isZero();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void runScript(ProxyHarness b, Random r) {
        String lastImsi = ProxyHarness.VISITOR;
        for (int step = 0; step < 150; step++) {
            switch (r.nextInt(7)) {
                case 0, 1 -> {
                    GsupMessage m = RandomGsupMessages.next(r);
                    lastImsi = m.imsi();
                    b.fromVlr(VLRS.get(r.nextInt(VLRS.size())), m);
                }
                case 2 -> b.fromHome(RandomGsupMessages.next(r));
                case 3 -> {
                    if (r.nextBoolean()) {
                        b.proxy.onHomeFound(lastImsi, HOME_A, b.now);
                    } else {
                        b.proxy.onHomeNotFound(lastImsi, b.now);
                    }
                }
                case 4 -> {
                    if (r.nextBoolean()) {
                        b.linkReady();
                    } else {
                        b.linkDown();
                    }
                }
                case 5 -> b.advance(Duration.ofMillis(r.nextInt(3000)));
                default -> {
                    List<GsupMessage> sent = b.sentHome();
                    if (!sent.isEmpty()) {
                        GsupMessage request = sent.get(r.nextInt(sent.size()));
                        int bits = 1 + r.nextInt(2);
                        b.fromHome(GsupMessage.builder(request.messageType() | bits, request.imsi())
                                .cause(bits == 1 ? 0x11 : null).destinationName(request.sourceName()).build());
                    }
                }
            }
        }
    }
}
