package org.dgsm.dialplan.http;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dgsm.dialplan.lookup.ScriptedMslookup;
import org.dgsm.dialplan.lookup.SubscriberLocator;
import org.dgsm.mslookup.wire.MslookupResult;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever arrives, the routes answer with a defined status and never an internal error. */
class DialplanRoutesPropertiesTest {

    private static final Set<Integer> DEFINED = Set.of(200, 400, 404, 405, 503);

    private final DialplanRoutes routes = new DialplanRoutes(
            SubscriberLocator.builder(ScriptedMslookup.of(q -> q.id().digits().endsWith("7")
                    ? CompletableFuture.failedFuture(new IllegalStateException("down"))
                    : CompletableFuture.completedFuture(Optional.of(
                            new MslookupResult(1, FreeswitchDialplanGoldenTest.VILLAGE_B, null))))).build(),
            DialplanSettings.defaults());

    @Property(tries = 3000)
    void anyLookupTargetGetsADefinedAnswer(@ForAll("lookupTargets") String target) {
        HttpAnswer answer = routes.handle("GET", target, "").join();

        assertThat(answer.status()).isIn(DEFINED);
        assertThat(answer.contentType()).startsWith("application/json");
    }

    @Property(tries = 3000)
    void anyXmlCurlBodyGetsADefinedAnswer(@ForAll("formBodies") String body) throws Exception {
        HttpAnswer answer = routes.handle("POST", "/freeswitch/dialplan", body).join();

        assertThat(answer.status()).isIn(200, 400);
        if (answer.status() == 200) {
            String xml = answer.body();
            if (xml.contains("<section name=\"result\">")) {
                FreeswitchXmlFormat.assertNotFoundDocument(xml);
            } else {
                FreeswitchXmlFormat.dialplanActions(xml, "dgsm");
            }
        }
    }

    @Property(tries = 1000)
    void anyMethodAndTargetGetsADefinedAnswer(@ForAll("methods") String method, @ForAll String target,
                                              @ForAll String body) {
        HttpAnswer answer = routes.handle(method, target, body).join();

        assertThat(answer.status()).isIn(DEFINED);
    }

    @Provide
    Arbitrary<String> lookupTargets() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("0123456789.%/+-_aZ?&=~ ").ofMaxLength(20);
        return Arbitraries.oneOf(
                segment.map(s -> "/lookup/" + s),
                Arbitraries.strings().numeric().ofMaxLength(18).map(d -> "/lookup/sip.voice/" + d),
                Arbitraries.strings().all().ofMaxLength(40).map(s -> "/lookup/" + s));
    }

    @Provide
    Arbitrary<String> formBodies() {
        Arbitrary<String> destination = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(17),
                Arbitraries.strings().withChars("0123456789%+&=$<>{}\"' abc").ofMaxLength(20));
        Arbitrary<String> context = Arbitraries.of("dgsm", "dgsm-local", "public", "", "%zz");
        Arbitrary<String> section = Arbitraries.of("dialplan", "directory", "configuration", "");
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(30);
        return Combinators.combine(section, context, destination, noise)
                .as((s, c, d, n) -> "section=" + s + "&Hunt-Context=" + c + "&Hunt-Destination-Number=" + d + "&" + n);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE");
    }
}
