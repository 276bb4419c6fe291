package org.dgsm.node;

import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A whole village node on loopback: its parts answer together, and a failed start leaves nothing bound. */
class VillageNodeTest {

    @TempDir
    Path dir;

    private NodeSettings settings(InetSocketAddress http) throws Exception {
        return NodeSettings.builder().siteName("north").discoveryEnabled(false).database(dir.resolve("hlr.db"))
                .gsupBind(new InetSocketAddress("127.0.0.4", 4222)).httpBind(http)
                .services(Map.of("sip.voice", new ServiceAddress(InetAddress.getByName("127.0.0.4"), 5060)))
                .build();
    }

    private static HttpResponse<String> get(InetSocketAddress http, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.4:" + http.getPort() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpLookupFindsTheHomeOfAProvisionedSubscriberThroughMslookup() throws Exception {
        try (SubscriberStore store = SubscriberStore.open(dir.resolve("hlr.db"))) {
            store.create("901700000014701", "1001");
        }
        InetSocketAddress http = new InetSocketAddress("127.0.0.4", 8042);
        try (VillageNode node = VillageNode.start(settings(http))) {
            HttpResponse<String> found = get(node.httpAddress(), "/lookup/gsup.hlr/1001");
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("\"address\":\"127.0.0.4\"", "\"port\":4222", "\"age\":0");
            assertThat(get(node.httpAddress(), "/lookup/gsup.hlr/9999").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPortInUseFailsTheStartAndReleasesWhatWasOpened() throws Exception {
        InetSocketAddress http = new InetSocketAddress("127.0.0.4", 8044);
        try (VillageNode first = VillageNode.start(settings(http))) {
            assertThatThrownBy(() -> VillageNode.start(settings(http))).hasMessageContaining("127.0.0.4");
        }
        try (VillageNode again = VillageNode.start(settings(http))) {
            assertThat(again.httpAddress().getPort()).isEqualTo(8044);
        }
    }
}
