package org.dgsm.dialplan.http;

import org.dgsm.dialplan.lookup.ScriptedMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.dialplan.lookup.VillageDirectory;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mod_xml_curl answers for each outcome, compared byte for byte with golden documents and checked against the
 * dialplan document format. Requests are built from a recorded-style mod_xml_curl POST body.
 */
class FreeswitchDialplanGoldenTest {

    static final ServiceAddress VILLAGE_B = address("127.0.0.20", 5060);
    static final ServiceAddress HERE = address("127.0.0.10", 5060);
    static final ServiceAddress VILLAGE_C_V6 = address("fd00::2", 5062);

    private final ScriptedMslookup mslookup = ScriptedMslookup.of(query -> switch (query.id().digits()) {
        case "1001" -> answer(new MslookupResult(3, VILLAGE_B, null));
        case "1002" -> answer(new MslookupResult(0, HERE, null));
        case "1003" -> CompletableFuture.failedFuture(new IllegalStateException("mslookup socket closed"));
        case "1004" -> answer(new MslookupResult(0, null, VILLAGE_C_V6));
        default -> answer(null);
    });
    private final DialplanRoutes routes = new DialplanRoutes(
            SubscriberLocator.builder(mslookup)
                    .villages(VillageDirectory.of(Map.of(VILLAGE_B.ip(), "bergdorf")))
                    .build(),
            DialplanSettings.defaults().withLocalSipAddress(HERE));

    @Test
    void subscriberInAnotherVillageIsBridgedToItsSipAddress() throws Exception {
        String xml = post("dgsm", "1001");

        assertThat(xml).isEqualTo(golden("freeswitch-remote.xml"));
        assertThat(FreeswitchXmlFormat.dialplanActions(xml, "dgsm"))
                .contains("bridge sofia/dgsm/sip:1001@127.0.0.20:5060");
        assertThat(mslookup.asked()).containsExactly(new MslookupQuery("sip.voice", MslookupId.msisdn("1001")));
    }

    @Test
    void ipv6AddressIsBracketedInTheDialString() throws Exception {
        String xml = post("dgsm", "1004");

        assertThat(xml).isEqualTo(golden("freeswitch-remote-ipv6.xml"));
        FreeswitchXmlFormat.dialplanActions(xml, "dgsm");
    }

    @Test
    void subscriberAttachedHereIsTransferredToTheLocalContext() throws Exception {
        String xml = post("dgsm", "1002");

        assertThat(xml).isEqualTo(golden("freeswitch-local.xml"));
        assertThat(FreeswitchXmlFormat.dialplanActions(xml, "dgsm")).contains("transfer 1002 XML dgsm-local")
                .noneMatch(action -> action.startsWith("bridge"));
    }

    @Test
    void numberNoVillageKnowsIsHungUpAsUnallocated() throws Exception {
        String xml = post("dgsm", "1009");

        assertThat(xml).isEqualTo(golden("freeswitch-unallocated.xml"));
        assertThat(FreeswitchXmlFormat.dialplanActions(xml, "dgsm")).endsWith("hangup UNALLOCATED_NUMBER");
    }

    @Test
    void failedLookupHangsUpWithATemporaryFailure() throws Exception {
        String xml = post("dgsm", "1003");

        assertThat(xml).isEqualTo(golden("freeswitch-lookup-failed.xml"));
        assertThat(FreeswitchXmlFormat.dialplanActions(xml, "dgsm")).endsWith("hangup TEMPORARY_FAILURE");
    }

    @Test
    void destinationThatIsNotAnMsisdnIsHungUpWithoutLookup() throws Exception {
        String xml = post("dgsm", "<alice> {x}");

        assertThat(xml).isEqualTo(golden("freeswitch-invalid-number.xml"));
        assertThat(FreeswitchXmlFormat.dialplanActions(xml, "dgsm")).endsWith("hangup INVALID_NUMBER_FORMAT");
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void otherSectionsGetTheNotFoundDocument() throws Exception {
        String body = request("dgsm", "1001").replace("section=dialplan", "section=directory");

        String xml = routes.handle("POST", "/freeswitch/dialplan", body).join().body();

        assertThat(xml).isEqualTo(golden("freeswitch-not-found.xml"));
        FreeswitchXmlFormat.assertNotFoundDocument(xml);
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void contextsNotRoutedHereGetTheNotFoundDocument() throws Exception {
        String xml = post("dgsm-local", "1002");

        assertThat(xml).isEqualTo(golden("freeswitch-not-found.xml"));
        assertThat(mslookup.asked()).isEmpty();
    }

    @Test
    void requestWithoutDestinationGetsTheNotFoundDocument() throws Exception {
        HttpAnswer answer = routes.handle("POST", "/freeswitch/dialplan",
                "hostname=a&section=dialplan&Hunt-Context=dgsm").join();

        assertThat(answer.body()).isEqualTo(golden("freeswitch-not-found.xml"));
    }

    @Test
    void getStyleRequestIsAnsweredLikeAPost() throws Exception {
        HttpAnswer answer = routes.handle("GET", "/freeswitch/dialplan?" + request("dgsm", "1001"), "").join();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/xml; charset=utf-8");
        assertThat(answer.body()).isEqualTo(golden("freeswitch-remote.xml"));
    }

    @Test
    void huntFieldsWinOverCallerFields() throws Exception {
        String body = request("dgsm", "1001")
                .replace("Caller-Destination-Number=1001", "Caller-Destination-Number=1009")
                .replace("Caller-Context=dgsm", "Caller-Context=public");

        String xml = routes.handle("POST", "/freeswitch/dialplan", body).join().body();

        assertThat(xml).isEqualTo(golden("freeswitch-remote.xml"));
    }

    private String post(String context, String destination) {
        HttpAnswer answer = routes.handle("POST", "/freeswitch/dialplan", request(context, destination)).join();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/xml; charset=utf-8");
        return answer.body();
    }

    static String request(String context, String destination) {
        return resource("golden/xml-curl-dialplan-request.txt").strip()
                .replace("CONTEXT", formEncode(context))
                .replace("DESTINATION", formEncode(destination));
    }

    private static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String golden(String name) {
        return resource("golden/" + name);
    }

    private static String resource(String name) {
        try (InputStream in = FreeswitchDialplanGoldenTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<Optional<MslookupResult>> answer(MslookupResult result) {
        return CompletableFuture.completedFuture(Optional.ofNullable(result));
    }

    static ServiceAddress address(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
