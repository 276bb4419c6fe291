package org.dgsm.dialplan.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dgsm.dialplan.lookup.ScriptedMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.dialplan.lookup.VillageDirectory;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class LookupEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScriptedMslookup mslookup = ScriptedMslookup.of(query -> switch (query.id().digits()) {
        case "1001" -> answer(new MslookupResult(3, FreeswitchDialplanGoldenTest.VILLAGE_B, null));
        case "1002" -> answer(new MslookupResult(0, FreeswitchDialplanGoldenTest.HERE, null));
        case "1003" -> CompletableFuture.failedFuture(new IllegalStateException("mslookup socket closed"));
        case "1004" -> answer(new MslookupResult(1, null, FreeswitchDialplanGoldenTest.VILLAGE_C_V6));
        default -> answer(null);
    });
    private final DialplanRoutes routes = new DialplanRoutes(
            SubscriberLocator.builder(mslookup)
                    .villages(VillageDirectory.of(Map.of(FreeswitchDialplanGoldenTest.VILLAGE_B.ip(), "bergdorf")))
                    .build(),
            DialplanSettings.defaults().withLocalSipAddress(FreeswitchDialplanGoldenTest.HERE));

    @Test
    void foundSubscriberIsAnsweredWithAddressPortAgeAndVillage() {
        HttpAnswer answer = get("/lookup/sip.voice/1001");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(answer.body()).isEqualTo("{\"service\":\"sip.voice\",\"msisdn\":\"1001\",\"address\":\"127.0.0.20\","
                + "\"port\":5060,\"age\":3,\"village\":\"bergdorf\",\"local\":false}\n");
        assertThat(mslookup.asked()).containsExactly(new MslookupQuery("sip.voice", MslookupId.msisdn("1001")));
    }

    @Test
    void subscriberAttachedHereIsMarkedLocalAndUnknownVillageIsNull() throws Exception {
        JsonNode json = JSON.readTree(get("/lookup/sip.voice/1002").body());

        assertThat(json.get("local").asBoolean()).isTrue();
        assertThat(json.get("village").isNull()).isTrue();
        assertThat(json.get("address").asText()).isEqualTo("127.0.0.10");
    }

    @Test
    void ownAddressOfAnotherServiceIsNotLocalForThisOne() throws Exception {
        JsonNode json = JSON.readTree(get("/lookup/smpp.sms/1002").body());

        assertThat(json.get("local").asBoolean()).isFalse();
        assertThat(mslookup.asked()).containsExactly(new MslookupQuery("smpp.sms", MslookupId.msisdn("1002")));
    }

    @Test
    void ipv6AddressIsPrintedWithoutBrackets() throws Exception {
        JsonNode json = JSON.readTree(get("/lookup/sip.voice/1004").body());

        assertThat(json.get("address").asText()).isEqualTo("fd00::2");
        assertThat(json.get("port").asInt()).isEqualTo(5062);
    }

    @Test
    void unknownNumberIs404WithJson() throws Exception {
        HttpAnswer answer = get("/lookup/sip.voice/1009");

        assertThat(answer.status()).isEqualTo(404);
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.get("error").asText()).isEqualTo("not-found");
        assertThat(json.get("msisdn").asText()).isEqualTo("1009");
    }

    @Test
    void failedLookupIs503WithTheReason() throws Exception {
        HttpAnswer answer = get("/lookup/sip.voice/1003");

        assertThat(answer.status()).isEqualTo(503);
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.get("error").asText()).isEqualTo("lookup-failed");
        assertThat(json.get("detail").asText()).contains("mslookup socket closed");
    }

    @Test
    void malformedMsisdnIs400WithoutLookup() {
        for (String path : new String[] {"/lookup/sip.voice/10a1", "/lookup/sip.voice/", "/lookup/sip.voice/%2B1001",
                "/lookup/sip.voice/1234567890123456", "/lookup/sip.voice/%zz"}) {
            assertThat(get(path).status()).as(path).isEqualTo(400);
        }
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void malformedServiceIs400WithoutLookup() {
        for (String path : new String[] {"/lookup/sip..voice/1001", "/lookup/.sip/1001", "/lookup//1001",
                "/lookup/sip%20voice/1001", "/lookup/" + "s".repeat(65) + "/1001"}) {
            assertThat(get(path).status()).as(path).isEqualTo(400);
        }
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void percentEncodedDigitsAreAccepted() {
        assertThat(get("/lookup/sip%2Evoice/%31001").status()).isEqualTo(200);
    }

    @Test
    void queryStringIsIgnored() {
        assertThat(get("/lookup/sip.voice/1001?fresh=1").status()).isEqualTo(200);
    }

    @Test
    void otherMethodsAre405WithAllowHeader() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "HEAD"}) {
            HttpAnswer answer = routes.handle(method, "/lookup/sip.voice/1001", "").join();
            assertThat(answer.status()).as(method).isEqualTo(405);
            assertThat(answer.headers()).containsEntry("Allow", "GET");
        }
        assertThat(routes.handle("DELETE", "/freeswitch/dialplan", "").join().status()).isEqualTo(405);
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void unknownPathsAre404() {
        for (String path : new String[] {"/", "/lookup", "/lookup/sip.voice", "/lookup/sip.voice/1001/x",
                "/freeswitch", "http://host/lookup/sip.voice/1001", "*"}) {
            HttpAnswer answer = get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).contains("\"error\":\"no-such-resource\"");
        }
    }

    private HttpAnswer get(String target) {
        return routes.handle("GET", target, "").join();
    }

    private static CompletableFuture<Optional<MslookupResult>> answer(MslookupResult result) {
        return CompletableFuture.completedFuture(Optional.ofNullable(result));
    }
}
