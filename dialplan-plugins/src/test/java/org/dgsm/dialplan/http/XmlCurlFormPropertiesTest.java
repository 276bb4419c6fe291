package org.dgsm.dialplan.http;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form decoder on any text: a map of fields or its own exception, nothing else. */
class XmlCurlFormPropertiesTest {

    private static final String RECORDED = FreeswitchDialplanGoldenTest.request("dgsm", "1001");

    @Property(tries = 20_000)
    void anyTextDecodesOrIsRejectedCleanly(@ForAll String text) {
        decodeOrReject(text);
    }

    @Property(tries = 20_000)
    void mutatedRecordedRequestsDecodeOrAreRejectedCleanly(@ForAll("mutations") String text) {
        decodeOrReject(text);
    }

    @Property(tries = 2_000)
    void encodedFieldsRoundTrip(@ForAll("fieldNames") String name, @ForAll String value) throws Exception {
        String encoded = "section=dialplan&" + encode(name) + "=" + encode(value);

        Map<String, String> fields = XmlCurlForm.parse(encoded);

        assertThat(fields).containsEntry("section", "dialplan");
        if (!name.equals("section")) {
            // lone surrogates cannot survive UTF-8; everything else must
            assertThat(fields.get(name)).isEqualTo(new String(value.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
        }
    }

    private static void decodeOrReject(String text) {
        try {
            Map<String, String> fields = XmlCurlForm.parse(text);
            assertThat(fields.size()).isLessThanOrEqualTo(XmlCurlForm.MAX_FIELDS);
        } catch (XmlCurlForm.MalformedFormException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.integers().between(0, RECORDED.length() - 1).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(positions -> Arbitraries.chars().with('%', '&', '=', '+', 'G', '0', 'f', '\u00e9', '\u0000')
                        .list().ofSize(positions.size())
                        .map(chars -> {
                            StringBuilder b = new StringBuilder(RECORDED);
                            for (int i = 0; i < positions.size(); i++) {
                                int at = Math.min(positions.get(i), b.length() - 1);
                                if (chars.get(i) == '\u0000') {
                                    b.delete(at, b.length());
                                } else {
                                    b.setCharAt(at, chars.get(i));
                                }
                                if (b.length() == 0) {
                                    b.append('%');
                                }
                            }
                            return b.toString();
                        }));
    }

    @Provide
    Arbitrary<String> fieldNames() {
        return Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(30);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
