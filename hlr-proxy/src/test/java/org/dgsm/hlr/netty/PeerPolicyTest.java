package org.dgsm.hlr.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerPolicyTest {

    private static final InetAddress LOCAL = address("127.0.0.1");
    private static final InetAddress MESH = address("10.23.4.5");

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private final PeerPolicy policy = new PeerPolicy(
            PeerAllowList.of(List.of("msc-A", "SGSN-00-00-00-00-00-00"), List.of("127.0.0.0/8")),
            PeerAllowList.of(null, List.of("10.23.0.0/16")));

    @Test
    void allowAllAdmitsAnyPeerInAnyRole() {
        PeerPolicy all = PeerPolicy.allowAll();
        assertThat(all.admit("whoever", MESH).allowed()).isTrue();
        assertThat(all.admitAs(PeerRole.HLR_PROXY, "whoever", LOCAL).allowed()).isTrue();
        assertThat(all.isAllowAll()).isTrue();
        assertThat(policy.isAllowAll()).isFalse();
    }

    @Test
    void admitsAListedMscFromAListedAddress() {
        assertThat(policy.admit("msc-A", LOCAL).allowed()).isTrue();
        assertThat(policy.admitAs(PeerRole.MSC_OR_SGSN, "msc-A", LOCAL).allowed()).isTrue();
    }

    @Test
    void refusesAListedNameFromAnotherAddressNamingBothLists() {
        PeerPolicy.Decision decision = policy.admit("msc-A", address("192.0.2.1"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isEqualTo("on neither the MSC/SGSN allow-list (names [SGSN-00-00-00-00-00-00,"
                + " msc-A], sources [127.0.0.0/8]) nor the HLR proxy allow-list (any name, sources [10.23.0.0/16])");
    }

    @Test
    void refusesAnUnlistedNameFromAListedAddress() {
        assertThat(policy.admit("msc-X", LOCAL).allowed()).isFalse();
    }

    @Test
    void admitsAnyProxyNameFromTheMeshBlockButOnlyAsProxy() {
        assertThat(policy.admit("hlr-village-b", MESH).allowed()).isTrue();
        assertThat(policy.admitAs(PeerRole.HLR_PROXY, "hlr-village-b", MESH).allowed()).isTrue();
        PeerPolicy.Decision asMsc = policy.admitAs(PeerRole.MSC_OR_SGSN, "hlr-village-b", MESH);
        assertThat(asMsc.allowed()).isFalse();
        assertThat(asMsc.rule()).startsWith("acts as MSC/SGSN but is not on the MSC/SGSN allow-list");
    }

    @Test
    void nobodyRefusesEveryone() {
        PeerPolicy mscOnly = new PeerPolicy(PeerAllowList.any(), PeerAllowList.nobody());
        PeerPolicy.Decision decision = mscOnly.admitAs(PeerRole.HLR_PROXY, "hlr-b", MESH);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).contains("HLR proxy allow-list (nobody)");
        assertThat(mscOnly.admit("hlr-b", MESH).allowed()).isTrue();
    }

    @Test
    void emptyListsMeanNobodyNotAnyone() {
        PeerAllowList noSources = PeerAllowList.of(null, List.of());
        assertThat(noSources.allows("msc-A", LOCAL)).isFalse();
        assertThat(noSources.describe()).isEqualTo("nobody");
        assertThat(PeerAllowList.of(null, null).allows("msc-A", LOCAL)).isTrue();
    }
}
