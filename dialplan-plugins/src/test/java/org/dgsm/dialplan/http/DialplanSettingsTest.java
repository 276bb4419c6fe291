package org.dgsm.dialplan.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DialplanSettingsTest {

    @Test
    void defaultsRouteTheDgsmContextAndHaveNoLocalAddress() {
        DialplanSettings settings = DialplanSettings.defaults();

        assertThat(settings.routedContexts()).containsExactly("dgsm");
        assertThat(settings.localContext()).isEqualTo("dgsm-local");
        assertThat(settings.sofiaProfile()).isEqualTo("dgsm");
        assertThat(settings.localSipAddress()).isNull();
    }

    @Test
    void localSipAddressIsTheOwnSipVoiceService() {
        DialplanSettings settings = DialplanSettings.defaults().withLocalSipAddress(FreeswitchDialplanGoldenTest.HERE);

        assertThat(settings.localSipAddress()).isEqualTo(FreeswitchDialplanGoldenTest.HERE);
        assertThat(settings.isOwnAddress("sip.voice", FreeswitchDialplanGoldenTest.HERE)).isTrue();
        assertThat(settings.isOwnAddress("smpp.sms", FreeswitchDialplanGoldenTest.HERE)).isFalse();
        assertThat(settings.isOwnAddress("sip.voice", FreeswitchDialplanGoldenTest.VILLAGE_B)).isFalse();
    }

    @Test
    void rejectsALocalContextThatIsAlsoRouted() {
        assertThatThrownBy(() -> DialplanSettings.defaults().withLocalContext("dgsm"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loop");
    }

    @Test
    void rejectsNamesThatCouldBreakADialString() {
        assertThatThrownBy(() -> DialplanSettings.defaults().withSofiaProfile("dgsm/../x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sofia profile");
        assertThatThrownBy(() -> DialplanSettings.defaults().withRoutedContexts("a b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DialplanSettings.defaults().withRoutedContexts())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsRequestLimitsOutOfRange() {
        assertThatThrownBy(() -> DialplanSettings.defaults().withMaxRequestBytes(100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DialplanSettings.defaults().withMaxRequestBytes(2 * 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
