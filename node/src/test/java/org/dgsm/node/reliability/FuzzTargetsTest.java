package org.dgsm.node.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI-sized run of the long fuzz targets (the long run is {@link FuzzRun}, 10^6 inputs each), plus checks that the
 * harness itself would notice a crash.
 */
class FuzzTargetsTest {

    @TempDir
    Path dir;

    @Test
    void everySeedIsAcceptedByItsDecoder() throws Exception {
        for (FuzzTarget t : FuzzTargets.all(dir)) {
            for (byte[] seed : t.seeds()) {
                t.decoder().decode(seed);   // a seed the decoder refuses would make the mutations start nowhere
            }
        }
    }

    @Test
    void twentyThousandInputsPerWireDecoderCrashNothing() {
        for (FuzzTarget t : FuzzTargets.all(dir)) {
            long inputs = t.name().equals("yaml-config") ? 2_000 : 20_000;
            FuzzResult r = Fuzzer.run(t, inputs, 11);
            assertThat(r.crashes()).as(t.name() + " " + r.crashSamples()).isZero();
            assertThat(r.accepted() + r.refused()).isEqualTo(inputs);
            assertThat(r.accepted()).as(t.name() + ": some mutations stay valid").isPositive();
        }
    }

    @Test
    void undocumentedExceptionCountsAsCrashWithItsInput() {
        FuzzTarget fragile = new FuzzTarget("fragile", List.of(new byte[]{0x42, 1, 2}), input -> {
            if (input.length > 0 && input[0] == 0x42 && input.length < 3) {
                throw new ArrayIndexOutOfBoundsException(3);
            }
            if (input.length == 0) {
                throw new java.io.IOException("documented refusal");
            }
        }, java.io.IOException.class, 8);

        FuzzResult r = Fuzzer.run(fragile, 5_000, 3);

        assertThat(r.crashes()).isPositive();
        assertThat(r.refused()).isPositive();
        assertThat(r.crashSamples()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.inputHex()).startsWith("42");
            assertThat(c.exception()).contains("ArrayIndexOutOfBounds");
        });
    }

    @Test
    void sameSeedGivesTheSameInputs() {
        FuzzTarget t = FuzzTargets.gsup();
        Mutator a = new Mutator(5, t.seeds(), 100);
        Mutator b = new Mutator(5, t.seeds(), 100);
        for (int i = 0; i < 1_000; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }
}
