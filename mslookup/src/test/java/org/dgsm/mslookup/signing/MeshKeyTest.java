package org.dgsm.mslookup.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeshKeyTest {

    @Test
    void readsHexSecretIgnoringSpacesAndColons() {
        MeshKey key = MeshKey.fromHex("k1", "00:11 22:33 44:55 66:77 88:99 aa:bb cc:dd ee:ff");
        assertThat(key.secret()).hasSize(16).startsWith(0x00, 0x11, 0x22);
    }

    @Test
    void rejectsSecretsShorterThan16Bytes() {
        assertThatThrownBy(() -> MeshKey.fromHex("k1", "00112233445566778899aabbccddee"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 bytes, got 15");
    }

    @Test
    void rejectsKeyIdsThatCannotTravelInACompanion() {
        assertThatThrownBy(() -> new MeshKey("has space", new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeshKey("x".repeat(33), new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeshKey.fromHex("k1", "zz112233445566778899aabbccddeeff"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not hex");
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(SigningFixtures.KEY_A.toString()).isEqualTo("MeshKey[assembly-2026-03]");
    }

    @Test
    void keyRingFindsCurrentAndPreviousAndRefusesDuplicateIds() {
        MeshKeyRing ring = MeshKeyRing.of(SigningFixtures.KEY_B, SigningFixtures.KEY_A);
        assertThat(ring.byId("assembly-2026-03")).contains(SigningFixtures.KEY_A);
        assertThat(ring.byId("assembly-2026-09")).contains(SigningFixtures.KEY_B);
        assertThat(ring.byId("other")).isEmpty();
        assertThat(ring.acceptedKeyIds()).containsExactly("assembly-2026-09", "assembly-2026-03");
        assertThatThrownBy(() -> MeshKeyRing.of(SigningFixtures.KEY_A, SigningFixtures.KEY_A))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    }
}
