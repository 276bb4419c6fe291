package org.dgsm.hlr.proxy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dgsm.hlr.core.GsupSend;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupReplies;
import org.dgsm.hlr.gsup.Octets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dgsm.hlr.proxy.ProxyHarness.HOME_A;
import static org.dgsm.hlr.proxy.ProxyHarness.name;
import static org.dgsm.hlr.proxy.ProxyHarness.vector;

/**
 * Random interleavings of VLR requests, lookup results, link changes, home answers and time: the proxy never
 * throws, never answers a request twice, and once home stays away long enough every request has its answer.
 */
class DgsmProxyPropertiesTest {

    private static final List<String> IMSIS = List.of("901700000014701", "901700000014702");
    private static final List<String> VLRS = List.of("msc-B1", "msc-B2");
    private static final int[] REQUEST_TYPES = {0x08, 0x04, 0x0c, 0x30, 0x20, 0x7c};

    @Property(tries = 40)
    void answersEveryRequestAtMostOnceAndEventuallyExactlyOnce(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 999) Integer> script) throws IOException {
        Path folder = Files.createTempDirectory("proxy-prop");
        Map<String, Integer> requests = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        try (ProxyHarness b = new ProxyHarness(folder)) {
            VLRS.forEach(b::connect);
            AuthTuple tuple = vector("cap20").authTuples().get(0);
            // one SQLite commit for the script, as the GSUP server's group commit does under load
            b.proxy.inOneTransaction(() -> {
                for (int step : script) {
                    int op = step % 9;
                    int arg = step / 9;
                    String imsi = IMSIS.get(arg % IMSIS.size());
                    String vlr = VLRS.get((arg / 2) % VLRS.size());
                    List<GsupSend> out = switch (op) {
                        case 0, 1 -> {
                            int type = REQUEST_TYPES[(arg / 4) % REQUEST_TYPES.length];
                            var builder = GsupMessage.builder(type, imsi);
                            if (type == 0x08) {
                                builder.numVectorsRequested(1 + arg % 5);
                            }
                            if (type == 0x04 && arg % 3 != 0) {
                                builder.cnDomain(1 + arg % 2);
                            }
                            requests.merge(imsi + "/" + type, 1, Integer::sum);
                            yield b.fromVlr(vlr, builder.build());
                        }
                        case 2 -> arg % 3 == 0 ? b.proxy.onHomeNotFound(imsi, b.now)
                                : b.proxy.onHomeFound(imsi, HOME_A, b.now);
                        case 3 -> arg % 2 == 0 ? b.linkReady() : b.linkDown();
                        case 4 -> b.advance(Duration.ofMillis(arg * 37L % 4000));
                        case 5 -> answerSomething(b, arg, tuple);
                        case 6 -> b.fromHome(GsupMessage.builder(arg % 2 == 0 ? 0x10 : 0x1c, imsi)
                                .msisdn(Octets.fromHex("020110")).destinationName(name(vlr)).build());
                        case 7 -> b.fromVlr(vlr, GsupMessage.builder(arg % 4 == 0 ? 0x11 : 0x12, imsi).build());
                        default -> b.fromHome(GsupMessage.builder(0x0a, imsi).destinationName(name(vlr))
                                .addAuthTuple(tuple).build());
                    };
                    count(out, answers);
                    assertAtMostOnce(requests, answers);
                }
            });
            count(b.linkDown(), answers);
            for (int i = 0; i < 4; i++) {
                count(b.advance(Duration.ofSeconds(6)), answers);
            }
            assertThat(answers).isEqualTo(withoutZeros(requests));
            assertThat(b.proxy.internalErrors()).isZero();
            assertThat(b.proxy.waitingRequests()).isZero();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Home answers one of the messages it got (result or error, by {@code arg}). */
    private static List<GsupSend> answerSomething(ProxyHarness b, int arg, AuthTuple tuple) {
        List<GsupMessage> sent = b.sentHome();
        if (sent.isEmpty()) {
            return List.of();
        }
        GsupMessage request = sent.get(arg % sent.size());
        if (!request.isRequest()) {
            return List.of();
        }
        GsupMessage answer;
        if (arg % 3 == 0) {
            answer = GsupReplies.error(request, 0x11).build();
        } else if (request.type() == GsupMessageType.SEND_AUTH_INFO_REQUEST) {
            answer = GsupReplies.result(request).addAuthTuple(tuple).build();
        } else {
            answer = GsupReplies.result(request).build();
        }
        return b.fromHome(answer);
    }

    private static void count(List<GsupSend> out, Map<String, Integer> answers) {
        for (GsupSend send : out) {
            GsupMessage m = send.message();
            GsupMessageType.Kind kind = m.kind();
            if (kind == GsupMessageType.Kind.RESULT || kind == GsupMessageType.Kind.ERROR) {
                answers.merge(m.imsi() + "/" + (m.messageType() & ~0x03), 1, Integer::sum);
            }
        }
    }

    private static void assertAtMostOnce(Map<String, Integer> requests, Map<String, Integer> answers) {
        answers.forEach((key, n) -> assertThat(n).as("answers for %s", key)
                .isLessThanOrEqualTo(requests.getOrDefault(key, 0)));
    }

    private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
        Map<String, Integer> copy = new HashMap<>(counts);
        copy.values().removeIf(n -> n == 0);
        return copy;
    }
}
