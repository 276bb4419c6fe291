package org.dgsm.hlr.gsup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OctetsTest {

    @Test
    void comparesByContentSoNamesWorkAsMapKeys() {
        Map<Octets, String> routes = Map.of(Octets.ascii("msc-B1\0"), "conn-1");
        assertThat(routes.get(Octets.fromHex("6d73632d423100"))).isEqualTo("conn-1");
        assertThat(routes.get(Octets.ascii("msc-B1"))).as("the trailing NUL is part of the name").isNull();
    }

    @Test
    void copiesOnTheWayInAndOut() {
        byte[] source = {1, 2, 3};
        Octets octets = Octets.of(source);
        source[0] = 9;
        octets.toByteArray()[1] = 9;
        assertThat(octets.toHex()).isEqualTo("010203");
    }

    @Test
    void readsUnsignedBytes() {
        assertThat(Octets.fromHex("ff80").get(0)).isEqualTo(255);
        assertThat(Octets.fromHex("ff80").get(1)).isEqualTo(128);
    }

    @Test
    void slicesAndShowsAsHex() {
        assertThat(Octets.of(new byte[] {0, 1, 2, 3}, 1, 2)).hasToString("0102");
        assertThat(Octets.of(new byte[0])).isSameAs(Octets.EMPTY);
    }

    @Test
    void asciiRefusesOtherCharacters() {
        assertThatThrownBy(() -> Octets.ascii("m\u00e9c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 1");
    }
}
