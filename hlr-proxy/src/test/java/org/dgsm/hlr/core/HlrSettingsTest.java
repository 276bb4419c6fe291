package org.dgsm.hlr.core;

import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HlrSettingsTest {

    @Test
    void defaultsAreOsmoHlr19s() {
        HlrSettings settings = HlrSettings.defaults();
        assertThat(settings.notFoundCause()).isEqualTo(11);
        assertThat(settings.noProxyCause()).isEqualTo(17);
        assertThat(settings.storeImei()).isFalse();
        assertThat(settings.locationUpdateTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.defaultVectorCount()).isEqualTo(5);
        assertThat(settings.ipaName()).isEqualTo("unnamed-HLR");
        assertThat(settings.ipaNameOctets()).isEqualTo(Octets.ascii("unnamed-HLR\0"));
        assertThat(settings.cancelPreviousLocation()).isTrue();
    }

    @Test
    void osmoHlr15AnswersCause2AndNeverCancels() {
        HlrSettings settings = HlrSettings.osmoHlr15();
        assertThat(settings.notFoundCause()).isEqualTo(2);
        assertThat(settings.noProxyCause()).isEqualTo(2);
        assertThat(settings.cancelPreviousLocation()).isFalse();
    }

    @Test
    void rejectsValuesOsmoCouldNotHave() {
        HlrSettings d = HlrSettings.defaults();
        assertThatThrownBy(() -> d.withRejectCauses(0, 17)).hasMessageContaining("notFoundCause");
        assertThatThrownBy(() -> d.withRejectCauses(11, 256)).hasMessageContaining("noProxyCause");
        assertThatThrownBy(() -> d.withDefaultVectorCount(6)).hasMessageContaining("defaultVectorCount");
        assertThatThrownBy(() -> d.withDefaultVectorCount(0)).hasMessageContaining("defaultVectorCount");
        assertThatThrownBy(() -> d.withLocationUpdateTimeout(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> d.withIpaName("")).hasMessageContaining("ipaName");
        assertThatThrownBy(() -> d.withIpaName("hlr\0")).hasMessageContaining("ipaName");
    }

    @Test
    void withersChangeOneValue() {
        HlrSettings changed = HlrSettings.defaults().withStoreImei(true).withIpaName("hlr-A")
                .withCancelPreviousLocation(false);
        assertThat(changed.storeImei()).isTrue();
        assertThat(changed.ipaName()).isEqualTo("hlr-A");
        assertThat(changed.cancelPreviousLocation()).isFalse();
        assertThat(changed.notFoundCause()).isEqualTo(11);
    }
}
