package org.dgsm.hlr.ctrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the answers captured from osmo-hlr 1.5.0 (resource {@value CtrlScenario#TRANSCRIPT}) through one {@link
 * CtrlConnection} on the same database: every answer must match byte for byte. Runs without osmo-hlr; {@code
 * CtrlInteropTest} does the same live.
 */
class CtrlTranscriptTest {

    @TempDir
    Path dir;

    private record Exchange(String requestLine, byte[] request, byte[] answer) {
    }

    @Test
    void answersEveryRequestAsOsmoHlrDidWhenCaptured() {
        List<Exchange> exchanges = transcript();
        List<String> differences = new ArrayList<>();
        try (SubscriberStore store = SubscriberStore.open(dir.resolve("hlr.db"))) {
            CtrlScenario.provision(store);
            CtrlConnection connection = new CtrlConnection(new CtrlCommands(store), "transcript");
            for (Exchange exchange : exchanges) {
                CtrlConnection.Output output = connection.receive(exchange.request());
                assertThat(output.close()).as("closes after %s", exchange.requestLine()).isFalse();
                String expected = Escapes.escape(exchange.answer());
                String actual = Escapes.escape(output.toSend());
                if (!expected.equals(actual)) {
                    differences.add(exchange.requestLine() + "\n    osmo-hlr: " + expected + "\n    ours:     " + actual);
                }
            }
        }
        assertThat(exchanges).hasSizeGreaterThan(200);
        assertThat(differences).as("answers that differ from osmo-hlr's").isEmpty();
    }

    @Test
    void transcriptCoversTheRequestFile() {
        List<Exchange> exchanges = transcript();
        List<CtrlScenario.Request> requests = CtrlScenario.requests();
        assertThat(exchanges).extracting(e -> Escapes.escape(e.request()))
                .containsExactlyElementsOf(requests.stream().map(r -> Escapes.escape(r.bytes())).toList());
    }

    private static List<Exchange> transcript() {
        List<Exchange> exchanges = new ArrayList<>();
        String request = null;
        for (String line : CtrlScenario.lines(CtrlScenario.TRANSCRIPT)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("> ")) {
                if (request != null) {
                    throw new IllegalStateException("request without answer line: " + request);
                }
                request = line.substring(2);
            } else if (line.equals("<") || line.startsWith("< ")) {
                if (request == null) {
                    throw new IllegalStateException("answer without request: " + line);
                }
                byte[] answer = line.length() > 1 ? Escapes.unescape(line.substring(2)) : new byte[0];
                exchanges.add(new Exchange(request, Escapes.unescape(request), answer));
                request = null;
            } else {
                throw new IllegalStateException("unexpected transcript line: " + line);
            }
        }
        return exchanges;
    }
}
