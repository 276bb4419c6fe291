package org.dgsm.hlr.ipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dgsm.hlr.gsup.GsupVectors;
import org.dgsm.hlr.gsup.Hex;
import org.dgsm.hlr.gsup.Octets;
import org.junit.jupiter.api.Test;

class IpaClientHandshakeTest {

    private static final String PING = "0001fe00";
    private static final String PONG = "0001fe01";
    private static final String ID_ACK = "0001fe06";
    private static final String MAC = "00:00:00:00:00:00";

    /** The identity osmo-hlr 1.5.0 presents as proxy "hlr-B" (vector ipa02), quirks included. */
    private static final IpaIdentity OSMO_PROXY = new IpaIdentity("hlr-B", "HLR-00-00-00-00-00-00", "0/0/0", MAC, MAC,
            MAC, MAC, "osmo-hlr-1.5.0");

    private static IpaEvent.Send send(String hex) {
        return new IpaEvent.Send(Octets.fromHex(hex));
    }

    @Test
    void answersOsmoHlrsIdGetExactlyAsOsmosOwnClientDoes() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 0);
        List<IpaEvent> events = client.onBytes(GsupVectors.byId("ipa01").bytes());
        assertThat(events).containsExactly(send(GsupVectors.byId("ipa02").hex()), send(ID_ACK),
                new IpaEvent.IdentitySent());
        assertThat(client.isIdentitySent()).isTrue();
    }

    @Test
    void answersWithTheMinimalIdentityOfTheFakeMsc() {
        IpaClientHandshake client = new IpaClientHandshake(IpaIdentity.of("msc-B1", "MSC", "fake-msc-0.1"), 0);
        assertThat(client.onBytes(GsupVectors.byId("ipa01").bytes()).get(0))
                .isEqualTo(send(GsupVectors.byId("ipa03").hex()));
    }

    @Test
    void answersOnlyTheRequestedTagsInRequestOrderAndUnknownTagsEmpty() {
        IpaClientHandshake client = new IpaClientHandshake(IpaIdentity.of("b", "MSC", "v"), 0);
        List<IpaEvent> events = client.onBytes(CcmEncoderTestSupport.frame("04" + "0100" + "0106"));
        assertThat(events.get(0)).isEqualTo(send("000afe05" + "0003" + "00" + "6200" + "0002" + "06" + "00"));
    }

    @Test
    void identityIsNotSentBeforeTheServerAsks() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 0);
        assertThat(client.onConnect(0)).isEmpty();
        assertThat(client.isIdentitySent()).isFalse();
    }

    @Test
    void pingsAtConnectAndAfterEachIntervalWhilePongsArrive() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY);
        assertThat(client.onConnect(1_000)).containsExactly(send(PING));
        assertThat(client.nextTimerMillis()).hasValue(21_000);
        assertThat(client.onTimer(20_999)).isEmpty();
        assertThat(client.onBytes(Hex.parse(PONG))).containsExactly(new IpaEvent.PongReceived());
        assertThat(client.onTimer(21_000)).containsExactly(send(PING));
        assertThat(client.nextTimerMillis()).hasValue(41_000);
    }

    @Test
    void closesWhenAPingGoesUnanswered() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 5_000);
        client.onConnect(0);
        assertThat(client.onTimer(5_000)).singleElement().isInstanceOfSatisfying(IpaEvent.Close.class,
                e -> assertThat(e.reason()).contains("no PONG"));
        assertThat(client.isClosed()).isTrue();
        assertThat(client.nextTimerMillis()).isEmpty();
        assertThat(client.onBytes(Hex.parse(PING))).isEmpty();
    }

    @Test
    void keepaliveCanBeTurnedOff() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 0);
        client.onConnect(0);
        assertThat(client.nextTimerMillis()).isEmpty();
        assertThat(client.onTimer(1_000_000)).isEmpty();
    }

    @Test
    void answersServerPingsAndReportsAcksAndGsup() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 0);
        assertThat(client.onBytes(Hex.parse(PING + ID_ACK + GsupVectors.byId("ipa09").hex()))).containsExactly(
                send(PONG), new IpaEvent.IdAckReceived(),
                new IpaEvent.GsupReceived(Octets.fromHex("10010809710000004107f1080302011028010261076d73632d423100")));
    }

    @Test
    void closesWhenTheRequestedIdentityCannotFitAFrame() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 0);
        String manyTags = "04" + "0105".repeat(400);
        assertThat(client.onBytes(CcmEncoderTestSupport.frame(manyTags))).singleElement()
                .isInstanceOf(IpaEvent.Close.class);
        assertThat(client.isIdentitySent()).isFalse();
    }

    @Test
    void closesOnMalformedInput() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY, 0);
        assertThat(client.onBytes(Hex.parse("ffffff"))).singleElement().isInstanceOf(IpaEvent.Close.class);
    }

    @Test
    void onConnectTwiceIsAProgrammingError() {
        IpaClientHandshake client = new IpaClientHandshake(OSMO_PROXY);
        client.onConnect(0);
        assertThatThrownBy(() -> client.onConnect(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void identityValuesMustBeAsciiWithoutNulAndTheNameNonEmpty() {
        assertThatThrownBy(() -> IpaIdentity.of("", "MSC", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpaIdentity.of("msc\0", "MSC", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpaIdentity.of("m\u00e9", "MSC", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThat(IpaIdentity.of("msc-B1", "MSC", "v").ipaName()).isEqualTo(Octets.ascii("msc-B1\0"));
    }
}
