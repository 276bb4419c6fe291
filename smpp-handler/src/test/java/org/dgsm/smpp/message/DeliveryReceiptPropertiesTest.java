package org.dgsm.smpp.message;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt text parser against random text, damaged receipts and generated receipts. */
class DeliveryReceiptPropertiesTest {

    @Test
    void hundredThousandRandomTextsParseOrRaiseMalformedReceipt() {
        SplittableRandom random = new SplittableRandom(0xd1);
        String alphabet = "id:sub:dlvrd:submit date:done date:stat:err:text:DELIVRD 0123 \0\u00ff";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            parseQuietly(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Property(tries = 2_000)
    void randomOctetsParseOrRaiseMalformedReceipt(@ForAll byte[] octets) {
        parseQuietly(octets);
    }

    @Property(tries = 10_000)
    void damagedReceiptsParseOrRaiseMalformedReceipt(@ForAll("receipts") DeliveryReceipt receipt,
                                                     @ForAll int position, @ForAll byte value) {
        byte[] text = receipt.format().getBytes(StandardCharsets.ISO_8859_1);
        text[Math.floorMod(position, text.length)] = value;
        parseQuietly(text);
    }

    @Property(tries = 5_000)
    void receiptsRoundTrip(@ForAll("receipts") DeliveryReceipt receipt) throws MalformedReceiptException {
        assertThat(DeliveryReceipt.parse(receipt.format())).isEqualTo(receipt);
    }

    private static void parseQuietly(byte[] octets) {
        try {
            DeliveryReceipt r = DeliveryReceipt.parse(octets);
            assertThat(r.id()).isNotEmpty();
            assertThat(r.stat()).isNotEmpty();
        } catch (MalformedReceiptException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<DeliveryReceipt> receipts() {
        Arbitrary<String> token = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> optional = Arbitraries.oneOf(token, Arbitraries.just(null));
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20)
                        .map(s -> s.isEmpty() || s.charAt(0) != ' ' ? s : "x" + s),
                Arbitraries.just(null));
        return Combinators.combine(token, optional, optional, optional, optional, token, optional, text)
                .as(DeliveryReceipt::new);
    }
}
