package org.dgsm.node.status;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusPageTest {

    private final String page = StatusPage.render(Snapshots.realistic());

    @Test
    void isOneSelfContainedPageReadableOnAPhoneThatReloadsItself() {
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"utf-8\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<meta http-equiv=\"refresh\" content=\"5\">")
                .contains("<style>").contains(".peer.down {")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void headerNamesTheVillageVersionUptimeAndTime() {
        assertThat(page).contains("<title>R\u00edo Verde \u00b7 dgsm status</title>")
                .contains("<h1>R\u00edo Verde</h1>")
                .contains("dgsm-node 0.1.0 \u00b7 up 3 d 4 h \u00b7 2026-11-26 14:30:00 UTC");
    }

    @Test
    void tilesSumUpAndFlagVillagesDown() {
        assertThat(page).contains("<div class=\"tile alert\"><b>2/3</b><span>villages up</span></div>")
                .contains("<b>2</b><span>MSC/SGSN links</span>")
                .contains("<b>47</b><span>subscribers attached</span>")
                .contains("<b>3</b><span>visitors</span>")
                .contains("<b>5</b><span>SMS waiting</span>")
                .contains("<b>18342</b><span>lookups seen</span>");
    }

    @Test
    void listsEveryVillageWithItsStateLinkHealthAndServices() {
        assertThat(page)
                .contains("<li class=\"peer up\"><div class=\"name\"><a href=\"http://10.23.0.2:8042/\">San Pedro</a>"
                        + "<span class=\"badge\">up</span>")
                .contains("up for 2 d \u00b7 last heard 1 s ago \u00b7 RTT 38 ms \u00b7 v0.1.0 \u00b7 10.23.0.2")
                .contains("<div class=\"services\"><span>gsup.hlr 10.23.0.2:4222</span><span>sip.voice 10.23.0.2:5060</span>"
                        + "<span>smpp.sms 10.23.0.2:2775</span></div>")
                .contains("<li class=\"peer down\"><div class=\"name\"><a href=\"http://10.23.0.4:8042/\">Cerro Azul</a>")
                .contains("down for 7 min \u00b7 last heard 7 min ago")
                .contains("<li class=\"peer undiscovered\"><div class=\"name\">Tres R\u00edos<span class=\"badge\">"
                        + "undiscovered</span>")
                .contains("last heard 1 min ago \u00b7 RTT 240 ms");
        assertThat(page.indexOf("Cerro Azul")).isLessThan(page.indexOf("La Loma"));
        assertThat(page.indexOf("La Loma")).isLessThan(page.indexOf("San Pedro"));
    }

    @Test
    void showsTheRadioSideVisitorsSmsQueueAndMslookupCounters() {
        assertThat(page)
                .contains("<tr><td>MSC-00-00-00-00-00-00</td><td>MSC</td><td>1 d ago</td></tr>")
                .contains("<tr><td>SGSN-00-00-00-00-00-00</td><td>SGSN</td><td>1 d ago</td></tr>")
                .contains("<tr><td>901700000012345</td><td>6002</td><td>San Pedro</td><td>48 min ago</td></tr>")
                .contains("5 messages waiting \u00b7 oldest queued 42 min ago \u00b7 next try in 25 s")
                .contains("<td class=\"num\">18342</td><td class=\"num\">611</td><td class=\"num\">2</td>");
    }

    @Test
    void escapesEverythingThatCameFromTheNetwork() {
        String hostile = StatusPage.render(Snapshots.hostile());

        assertThat(hostile).doesNotContain("<script").doesNotContain("<img").doesNotContain("v1<b>")
                .doesNotContain("<u>").doesNotContain("<i>")
                .contains("<h1>home &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x&gt;</a>")
                .contains("MSC-&lt;script&gt;")
                .contains("&lt;u&gt;6002&lt;/u&gt;")
                .contains("v1&lt;b&gt;")
                .contains("dgsm-node v&amp;&lt;i&gt;");
    }

    @Test
    void saysSoWhenThereIsNothingToShow() {
        String empty = StatusPage.render(Snapshots.empty());

        assertThat(empty).contains("No other village heard of yet.").contains("No MSC or SGSN connected.")
                .contains("No visitors.").contains("Nothing waiting.")
                .contains("<div class=\"tile\"><b>0/0</b><span>villages up</span></div>")
                .doesNotContain("class=\"warn\"");
    }

    @Test
    void warnsAboutSectionsThatDidNotAnswer() {
        StatusSnapshot s = Snapshots.empty();
        StatusSnapshot partial = new StatusSnapshot(s.village(), s.version(), s.takenAt(), s.uptime(), s.peers(),
                s.gsupPeers(), 0, s.visitors(), s.smsQueue(), s.mslookup(), List.of("visitors", "smsQueue"));

        assertThat(StatusPage.render(partial))
                .contains("<p class=\"warn\">Not available right now: visitors, smsQueue. Those parts show empty.</p>");
    }

    @Test
    void linksToAnIpv6PeerWithBracketsAndNotToAPeerWithoutPort() {
        PeerStatus v6 = new PeerStatus("v6", PeerStatus.State.UP, Snapshots.NOW, Snapshots.NOW, "1",
                List.of(Snapshots.ip("fd00::2")), 8042, Map.of(), null);
        PeerStatus noPort = new PeerStatus("x", PeerStatus.State.UNDISCOVERED, null, null, "", List.of(), 0, Map.of(),
                Duration.ofMillis(1));

        assertThat(StatusPage.statusUrl(v6)).isEqualTo("http://[fd00::2]:8042/");
        assertThat(StatusPage.statusUrl(noPort)).isNull();
    }
}
