package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.dgsm.hlr.gsup.GsupMessage;
import org.dgsm.hlr.gsup.GsupMessageType;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class PeerAdmissionTest {

    private static final InetAddress SOURCE = InetAddress.getLoopbackAddress();

    private static GsupMessage plain() {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, "901700000024701").build();
    }

    private static GsupMessage proxied() {
        return GsupMessage.builder(GsupMessageType.SEND_AUTH_INFO_REQUEST, "901700000024701")
                .sourceName(Octets.ascii("hlr-b\0")).build();
    }

    @Test
    void proxyOnlyPeerIsServedWhenItsMessagesCarrySourceName() {
        PeerAdmission admission = new PeerAdmission(new PeerPolicy(PeerAllowList.nobody(), PeerAllowList.any()));
        assertThat(admission.onIdentified("hlr-b", SOURCE).allowed()).isTrue();
        assertThat(admission.onGsup(proxied()).allowed()).isTrue();
        assertThat(admission.onGsup(plain()).allowed()).as("a known proxy's message without Source-Name").isTrue();
        assertThat(admission.refused()).isFalse();
    }

    @Test
    void proxyOnlyPeerActingAsMscIsRefusedAndStaysRefused() {
        PeerAdmission admission = new PeerAdmission(new PeerPolicy(PeerAllowList.nobody(), PeerAllowList.any()));
        admission.onIdentified("hlr-b", SOURCE);
        PeerPolicy.Decision decision = admission.onGsup(plain());
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).contains("acts as MSC/SGSN");
        assertThat(admission.refused()).isTrue();
        assertThat(admission.onGsup(proxied()).allowed()).isFalse();
    }

    @Test
    void mscOnlyPeerSendingSourceNameIsRefused() {
        PeerAdmission admission = new PeerAdmission(
                new PeerPolicy(PeerAllowList.of(List.of("msc-A"), null), PeerAllowList.nobody()));
        assertThat(admission.onIdentified("msc-A", SOURCE).allowed()).isTrue();
        assertThat(admission.onGsup(plain()).allowed()).isTrue();
        assertThat(admission.onGsup(proxied()).rule()).contains("acts as HLR proxy");
    }

    @Test
    void peerOnNoListIsRefusedAtIdentity() {
        PeerAdmission admission = new PeerAdmission(
                new PeerPolicy(PeerAllowList.of(List.of("msc-A"), null), PeerAllowList.nobody()));
        assertThat(admission.onIdentified("msc-Z", SOURCE).allowed()).isFalse();
        assertThat(admission.refused()).isTrue();
    }

    @Test
    void gsupBeforeIdentityIsAProgrammingError() {
        PeerAdmission admission = new PeerAdmission(PeerPolicy.allowAll());
        assertThatThrownBy(() -> admission.onGsup(plain())).isInstanceOf(IllegalStateException.class);
    }
}
