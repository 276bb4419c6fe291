package org.dgsm.node.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void carriesTheWholeSnapshotInADocumentedShape() throws Exception {
        JsonNode json = MAPPER.readTree(StatusJson.render(Snapshots.realistic()));

        assertThat(fieldNames(json)).containsExactly("village", "version", "takenAt", "uptimeSeconds", "peersUp", "peers",
                "gsupPeers", "attachedSubscribers", "visitors", "programs", "smsQueue", "mslookup", "unavailable");
        assertThat(json.get("village").asText()).isEqualTo("R\u00edo Verde");
        assertThat(json.get("takenAt").asText()).isEqualTo("2026-11-26T14:30:00Z");
        assertThat(json.get("uptimeSeconds").asLong()).isEqualTo(((3 * 24 + 4) * 60 + 12) * 60);
        assertThat(json.get("peersUp").asLong()).isEqualTo(2);
        assertThat(json.get("attachedSubscribers").asLong()).isEqualTo(47);

        JsonNode sanPedro = json.get("peers").get(2);
        assertThat(fieldNames(sanPedro)).containsExactly("village", "state", "since", "lastSeen", "version", "addresses",
                "httpPort", "services", "rttMillis");
        assertThat(sanPedro.get("village").asText()).isEqualTo("San Pedro");
        assertThat(sanPedro.get("state").asText()).isEqualTo("up");
        assertThat(sanPedro.get("lastSeen").asText()).isEqualTo("2026-11-26T14:29:59Z");
        assertThat(sanPedro.get("addresses").get(0).asText()).isEqualTo("10.23.0.2");
        assertThat(sanPedro.get("services").get("smpp.sms").asText()).isEqualTo("10.23.0.2:2775");
        assertThat(sanPedro.get("rttMillis").asDouble()).isEqualTo(38.0);

        JsonNode tresRios = json.get("peers").get(3);
        assertThat(tresRios.get("state").asText()).isEqualTo("undiscovered");
        assertThat(tresRios.get("since").isNull()).isTrue();
        assertThat(json.get("peers").get(0).get("rttMillis").isNull()).isTrue();

        JsonNode msc = json.get("gsupPeers").get(0);
        assertThat(msc.get("ipaName").asText()).isEqualTo("MSC-00-00-00-00-00-00");
        assertThat(msc.get("role").asText()).isEqualTo("MSC");
        assertThat(msc.get("cs").asBoolean()).isTrue();
        assertThat(msc.get("ps").asBoolean()).isFalse();

        assertThat(json.get("visitors")).hasSize(3);
        assertThat(json.get("visitors").get(0).get("home").asText()).isEqualTo("San Pedro");
        assertThat(json.get("smsQueue").get("queued").asLong()).isEqualTo(5);
        assertThat(json.get("smsQueue").get("nextRetry").asText()).isEqualTo("2026-11-26T14:30:25Z");
        assertThat(json.get("mslookup").get("malformed").asLong()).isEqualTo(2);
        assertThat(json.get("unavailable")).isEmpty();
    }

    @Test
    void emptyQueueHasNullTimes() throws Exception {
        JsonNode json = MAPPER.readTree(StatusJson.render(Snapshots.empty()));

        assertThat(json.get("smsQueue").get("oldest").isNull()).isTrue();
        assertThat(json.get("smsQueue").get("nextRetry").isNull()).isTrue();
        assertThat(json.get("peers")).isEmpty();
    }

    @Test
    void hostileNamesSurviveAsPlainStrings() throws Exception {
        JsonNode json = MAPPER.readTree(StatusJson.render(Snapshots.hostile()));

        assertThat(json.get("village").asText()).isEqualTo("home <script>alert('x')</script>");
        assertThat(json.get("peers").get(0).get("village").asText()).startsWith("<script>");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
