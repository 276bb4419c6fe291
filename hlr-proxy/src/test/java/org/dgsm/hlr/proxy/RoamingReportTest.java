package org.dgsm.hlr.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dgsm.hlr.gsup.AuthTuple;
import org.dgsm.hlr.store.SubscriberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoamingReportTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void listsVisitorsWithHomeVlrStockAndLastHomeContact() throws Exception {
        try (SubscriberStore store = SubscriberStore.open(folder.resolve("hlr.db"))) {
            RoamingCache cache = new RoamingCache(store, Duration.ofDays(7), 10);
            cache.save(Visitor.fresh("901700000014701", T0).withHome(new HomeAddress("127.0.0.1", 4222), T0)
                    .withSubscriberData("1001", null, T0).withCsAttach("msc-B1", false, T0.plusSeconds(5), false)
                    .withHomeContact(T0.plusSeconds(6)));
            cache.save(Visitor.fresh("901700000014702", T0));
            cache.addTuples("901700000014701", List.of(AuthTuple.gsm(new byte[16], new byte[4], new byte[8])), T0);

            List<RoamingReport.Row> rows = RoamingReport.read(store);
            String text = RoamingReport.text(rows);
            assertThat(text.lines()).hasSize(3);
            assertThat(text.lines().skip(1).findFirst().orElseThrow())
                    .contains("901700000014701", "127.0.0.1:4222", "1001", "msc-B1", "2024-05-01T10:00:05Z",
                            "2024-05-01T10:00:06Z")
                    .containsPattern(" 1 ");

            JsonNode json = new ObjectMapper().readTree(RoamingReport.json(rows));
            assertThat(json).hasSize(2);
            assertThat(json.get(0).get("tuples").asInt()).isEqualTo(1);
            assertThat(json.get(0).get("csLuTime").asText()).isEqualTo("2024-05-01T10:00:05Z");
            assertThat(json.get(1).get("home").isNull()).isTrue();
            assertThat(json.get(1).get("tuples").asInt()).isZero();
        }
    }
}
