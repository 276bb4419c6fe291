package org.dgsm.hlr.gsup.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.RandomGsupMessages;

class GsupJsonPropertiesTest {

    @Property(tries = 3_000)
    void everyValidMessageSurvivesJsonAndBack(@ForAll("messages") GsupMessage message) throws GsupJsonException {
        assertThat(GsupJson.fromJson(GsupJson.toJson(message))).isEqualTo(message);
    }

    @Provide
    Arbitrary<GsupMessage> messages() {
        return Arbitraries.randomValue(RandomGsupMessages::next);
    }
}
