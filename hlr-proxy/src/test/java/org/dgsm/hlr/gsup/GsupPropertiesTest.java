package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/** Codec properties over random and damaged input. */
class GsupPropertiesTest {

    private static final List<byte[]> SEEDS = GsupVectors.withPrefix("").stream()
            .filter(v -> v.id().startsWith("lib") || v.id().startsWith("cap") || v.id().startsWith("neg"))
            .map(GsupVectors.Vector::bytes).toList();

    /**
     * Nothing but {@link MalformedGsupException} escapes the decoder, and whatever it accepts re-encodes to bytes
     * that decode to the same message.
     */
    @Property(tries = 100_000)
    void decoderAcceptsOrRejectsCleanlyAndAcceptedMessagesAreStable(@ForAll("gsupInputs") byte[] input) {
        GsupMessage decoded;
        try {
            decoded = GsupDecoder.decode(input);
        } catch (MalformedGsupException e) {
            assertThat(e.getMessage()).isNotBlank();
            Statistics.collect(e.gmmCause().isPresent() ? String.format("cause 0x%02x", e.gmmCause().getAsInt())
                    : "error without cause");
            return;
        }
        Statistics.collect("accepted");
        byte[] reEncoded = GsupEncoder.encode(decoded);
        try {
            assertThat(GsupDecoder.decode(reEncoded)).isEqualTo(decoded);
        } catch (MalformedGsupException e) {
            throw new AssertionError("re-encoded message no longer decodes: " + Hex.format(reEncoded), e);
        }
    }

    @Property(tries = 10_000)
    void everyValidMessageSurvivesEncodeAndDecode(@ForAll("messages") GsupMessage message)
            throws MalformedGsupException {
        byte[] encoded = GsupEncoder.encode(message);
        assertThat(GsupDecoder.decode(encoded)).isEqualTo(message);
    }

    @Provide
    Arbitrary<byte[]> gsupInputs() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.randomValue(r -> Mutations.mutate(seed(r), r))),
                Tuple.of(1, Arbitraries.randomValue(GsupPropertiesTest::randomTlvs)),
                Tuple.of(1, Arbitraries.randomValue(r -> Mutations.randomBytes(r, 64))));
    }

    @Provide
    Arbitrary<GsupMessage> messages() {
        return Arbitraries.randomValue(RandomGsupMessages::next);
    }

    private static byte[] seed(Random r) {
        return SEEDS.get(r.nextInt(SEEDS.size()));
    }

    /** A message type, an IMSI IE and random IEs with mostly known tags: reaches deep into the decoder. */
    private static byte[] randomTlvs(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(r.nextInt(256));
        out.write(GsupIe.IMSI.tag());
        byte[] imsi = new byte[r.nextInt(10)];
        r.nextBytes(imsi);
        out.write(imsi.length);
        out.writeBytes(imsi);
        out.writeBytes(randomIes(r, true));
        return out.toByteArray();
    }

    private static byte[] randomIes(Random r, boolean topLevel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GsupIe[] ies = GsupIe.values();
        int count = r.nextInt(8);
        for (int i = 0; i < count; i++) {
            int tag = r.nextInt(8) == 0 ? r.nextInt(256) : ies[r.nextInt(ies.length)].tag();
            boolean nested = topLevel && (tag == GsupIe.AUTH_TUPLE.tag() || tag == GsupIe.PDP_INFO.tag());
            byte[] value = nested ? randomIes(r, false) : Mutations.randomBytes(r, r.nextBoolean() ? 2 : 24);
            if (value.length > 255) {
                value = Arrays.copyOf(value, 255);
            }
            out.write(tag);
            out.write(r.nextInt(10) == 0 ? r.nextInt(256) : value.length);
            out.writeBytes(value);
        }
        return out.toByteArray();
    }
}
