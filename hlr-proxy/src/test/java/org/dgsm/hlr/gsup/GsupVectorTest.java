package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dgsm.hlr.gsup.GsupVectors.Vector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every message of gsup_vectors.txt sections A (libosmocore), B (captured) and D (malformed). */
class GsupVectorTest {

    private static final Pattern CAUSE_VERDICT = Pattern.compile("^ERROR[^:]*cause 0x([0-9a-f]{2})");
    private static final Pattern REENCODES = Pattern.compile("re-encodes to ([0-9a-f]+)");

    @Test
    void resourceHoldsEverySectionOfTheSpecFile() {
        assertThat(GsupVectors.withPrefix("lib")).hasSize(40);
        assertThat(GsupVectors.withPrefix("cap")).hasSize(31);
        assertThat(GsupVectors.withPrefix("ipa")).hasSize(10);
        assertThat(GsupVectors.withPrefix("neg")).hasSize(10);
    }

    @TestFactory
    Stream<DynamicTest> libosmocoreAndCapturedMessagesDecodeToTheListedFields() {
        return Stream.concat(GsupVectors.withPrefix("lib").stream(), GsupVectors.withPrefix("cap").stream())
                .map(v -> DynamicTest.dynamicTest(v.toString(), () ->
                        assertThat(VectorFields.describe(GsupDecoder.decode(v.bytes())))
                                .isEqualTo(VectorFields.expected(v.fields()))));
    }

    @TestFactory
    Stream<DynamicTest> canonicalMessagesReEncodeByteIdentically() {
        return Stream.concat(GsupVectors.withPrefix("lib").stream(), GsupVectors.withPrefix("cap").stream())
                .filter(v -> !v.id().equals("cap27"))
                .map(v -> DynamicTest.dynamicTest(v.toString(), () ->
                        assertThat(Hex.format(GsupEncoder.encode(GsupDecoder.decode(v.bytes())))).isEqualTo(v.hex())));
    }

    @Test
    void nonCanonicalCap27ReEncodesAsCap28WithoutItsSourceName() throws Exception {
        Vector cap27 = GsupVectors.byId("cap27");
        Vector cap28 = GsupVectors.byId("cap28");
        String sourceNameIe = "6007" + Hex.format("msc-B1\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(cap28.hex()).endsWith(sourceNameIe);

        String reEncoded = Hex.format(GsupEncoder.encode(GsupDecoder.decode(cap27.bytes())));

        assertThat(reEncoded).isNotEqualTo(cap27.hex())
                .isEqualTo(cap28.hex().substring(0, cap28.hex().length() - sourceNameIe.length()));
    }

    @TestFactory
    Stream<DynamicTest> malformedMessagesGetOsmosVerdict() {
        return GsupVectors.withPrefix("neg").stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> checkVerdict(v)));
    }

    private static void checkVerdict(Vector v) throws MalformedGsupException {
        if (!v.fields().startsWith("ERROR")) {
            GsupMessage decoded = GsupDecoder.decode(v.bytes());
            assertThat(VectorFields.describe(decoded)).isEqualTo(VectorFields.expected(v.fields()));
            Matcher reEncoding = REENCODES.matcher(v.fields());
            assertThat(reEncoding.find()).as("vector names its re-encoding").isTrue();
            assertThat(Hex.format(GsupEncoder.encode(decoded))).isEqualTo(reEncoding.group(1));
            return;
        }
        MalformedGsupException e = catchThrowableOfType(MalformedGsupException.class,
                () -> GsupDecoder.decode(v.bytes()));
        assertThat(e).as("decoding %s must fail", v.id()).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
        Matcher cause = CAUSE_VERDICT.matcher(v.fields());
        if (cause.find()) {
            assertThat(e.gmmCause()).hasValue(Integer.parseInt(cause.group(1), 16));
        } else {
            assertThat(v.fields()).contains("not a GMM cause");
            assertThat(e.gmmCause()).isEmpty();
        }
    }

    @Test
    void everyVerdictLineIsUnderstoodByThisTest() {
        List<Vector> negatives = GsupVectors.withPrefix("neg");
        long understood = negatives.stream().filter(v -> !v.fields().startsWith("ERROR")
                || CAUSE_VERDICT.matcher(v.fields()).find() || v.fields().contains("not a GMM cause")).count();
        assertThat(understood).isEqualTo(negatives.size());
    }
}
