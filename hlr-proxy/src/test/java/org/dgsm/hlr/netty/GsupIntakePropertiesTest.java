package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Mutations;

/** {@link GsupIntake} on random bytes and on mutated captures: always a verdict, error answers only to requests. */
class GsupIntakePropertiesTest {

    @Property(tries = 2_000)
    void anyBytesGiveAVerdictAndOnlyRequestsGetAnErrorAnswer(@ForAll @Size(max = 300) byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 2_000)
    void mutatedCapturesGiveAVerdictAndOnlyRequestsGetAnErrorAnswer(@ForAll long seed) {
        Random random = new Random(seed);
        var captures = GsupVectors.withPrefix("cap");
        byte[] seedBytes = captures.get(random.nextInt(captures.size())).bytes();
        check(Mutations.mutate(seedBytes, random));
    }

    private static void check(byte[] bytes) {
        GsupIntake.Verdict verdict = GsupIntake.examine(bytes);
        assertThat(verdict).isNotNull();
        if (verdict instanceof GsupIntake.Answer answer) {
            assertThat(GsupMessageType.kindOf(bytes[0] & 0xff)).isEqualTo(GsupMessageType.Kind.REQUEST);
            assertThat(answer.reply().messageType()).isEqualTo((bytes[0] & 0xff) | 0x01);
            assertThat(answer.reply().cause()).isNotNull();
            assertThat(GsupIntake.isValidImsi(answer.reply().imsi())).isTrue();
        }
    }
}
