package org.dgsm.hlr.mslookup;

import org.dgsm.hlr.store.CnDomain;
import org.dgsm.hlr.store.SubscriberStore;
import org.dgsm.mslookup.wire.MslookupId;
import org.dgsm.mslookup.wire.MslookupQuery;
import org.dgsm.mslookup.wire.MslookupResult;
import org.dgsm.mslookup.wire.ServiceAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the HLR answers over mslookup (mslookup-mdns.md §7), rule by rule. */
class HlrAnswerSourceTest {

    private static final String IMSI = "901700000000001";
    private static final String MSISDN = "1001";
    private static final Instant LU_TIME = Instant.parse("2024-05-01T10:00:00Z");

    private static final ServiceAddress GSUP_V4 = address("10.9.8.7", 4222);
    private static final ServiceAddress GSUP_V6 = address("fd00::7", 4222);
    private static final ServiceAddress SIP_V4 = address("10.0.0.5", 5060);
    private static final ServiceAddress SIP_V6 = address("fd00::5", 5060);
    private static final ServiceAddress SMPP_V4 = address("10.0.0.6", 2775);
    private static final ServiceAddress MSC_B2_SIP_V4 = address("10.0.2.5", 5062);

    @TempDir
    Path dir;

    private SubscriberStore store;
    private final MutableClock clock = new MutableClock(LU_TIME);

    @BeforeEach
    void open() {
        store = SubscriberStore.open(dir.resolve("hlr.db"));
        store.create(IMSI, MSISDN);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ServiceAddress address(String ip, int port) {
        try {
            return new ServiceAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static MslookupServiceSettings settings() {
        return new MslookupServiceSettings(
                Map.of("sip.voice", new ServiceAddresses(SIP_V4, SIP_V6), "smpp.sms", ServiceAddresses.of(SMPP_V4)),
                Map.of("msc-B2", Map.of("sip.voice", ServiceAddresses.of(MSC_B2_SIP_V4))),
                new ServiceAddresses(GSUP_V4, null), MslookupServiceSettings.DEFAULT_VALIDITY);
    }

    private HlrAnswerSource source(MslookupServiceSettings settings) {
        return new HlrAnswerSource(store, settings, clock);
    }

    private HlrAnswerSource source() {
        return source(settings());
    }

    private static MslookupQuery query(String service, MslookupId id) {
        return new MslookupQuery(service, id);
    }

    private void attach(String vlr, String viaProxy) {
        store.recordLocationUpdate(IMSI, CnDomain.CS, vlr, viaProxy, LU_TIME);
    }

    // ---- gsup.hlr -------------------------------------------------------------------------------------------------

    @Test
    void answersGsupHlrForALocalSubscriberByImsiWithAge0() {
        clock.advance(Duration.ofDays(30));
        assertThat(source().lookup(query("gsup.hlr", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, GSUP_V4, null));
    }

    @Test
    void answersGsupHlrByMsisdnToo() {
        assertThat(source().lookup(query("gsup.hlr", MslookupId.msisdn(MSISDN))))
                .contains(new MslookupResult(0, GSUP_V4, null));
    }

    @Test
    void staysSilentOnGsupHlrForAnUnknownSubscriber() {
        assertThat(source().lookup(query("gsup.hlr", MslookupId.imsi("901700000009999")))).isEmpty();
        assertThat(source().lookup(query("gsup.hlr", MslookupId.msisdn("1002")))).isEmpty();
    }

    @Test
    void aGlobalGsupHlrServiceOverridesTheBindAddressAndKeepsBothFamilies() {
        MslookupServiceSettings settings = new MslookupServiceSettings(
                Map.of("gsup.hlr", new ServiceAddresses(address("10.1.1.1", 4223), GSUP_V6)), Map.of(),
                new ServiceAddresses(GSUP_V4, null), MslookupServiceSettings.DEFAULT_VALIDITY);
        assertThat(source(settings).lookup(query("gsup.hlr", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, address("10.1.1.1", 4223), GSUP_V6));
    }

    @Test
    void aPerMscGsupHlrEntryIsIgnored() {
        MslookupServiceSettings settings = new MslookupServiceSettings(Map.of(),
                Map.of("msc-A1", Map.of("gsup.hlr", ServiceAddresses.of(address("10.1.1.1", 4223)))),
                ServiceAddresses.of(GSUP_V6), MslookupServiceSettings.DEFAULT_VALIDITY);
        attach("msc-A1", null);
        assertThat(source(settings).lookup(query("gsup.hlr", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, null, GSUP_V6));
    }

    @Test
    void staysSilentOnGsupHlrWithoutAnAddress() {
        MslookupServiceSettings settings = new MslookupServiceSettings(Map.of(), Map.of(), null,
                MslookupServiceSettings.DEFAULT_VALIDITY);
        assertThat(source(settings).lookup(query("gsup.hlr", MslookupId.imsi(IMSI)))).isEmpty();
    }

    // ---- other services -------------------------------------------------------------------------------------------

    @Test
    void answersAServiceForASubscriberAttachedAtALocalVlrWithTheSecondsSinceTheUpdate() {
        attach("msc-A1", null);
        clock.advance(Duration.ofMillis(42_999));
        assertThat(source().lookup(query("sip.voice", MslookupId.msisdn(MSISDN))))
                .contains(new MslookupResult(42, SIP_V4, SIP_V6));
        clock.advance(Duration.ofMillis(1));
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(43, SIP_V4, SIP_V6));
    }

    @Test
    void answersOnlyTheFamiliesConfiguredForTheService() {
        attach("msc-A1", null);
        assertThat(source().lookup(query("smpp.sms", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, SMPP_V4, null));
    }

    @Test
    void answersUpToTheEndOfTheValidityWindowAndNotAfter() {
        attach("msc-A1", null);
        clock.advance(Duration.ofSeconds(3600).plusMillis(999));
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(3600, SIP_V4, SIP_V6));
        clock.advance(Duration.ofMillis(1));
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void usesAConfiguredValidityWindow() {
        attach("msc-A1", null);
        MslookupServiceSettings settings = new MslookupServiceSettings(settings().global(), settings().perMsc(),
                settings().gsupHlr(), Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        assertThat(source(settings).lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(source(settings).lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void staysSilentForASubscriberWhoNeverAttached() {
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void staysSilentForASubscriberAttachedBehindAProxy() {
        attach("msc-B1", "hlr-B");
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void ignoresPsAttaches() {
        store.recordLocationUpdate(IMSI, CnDomain.PS, "sgsn-1", null, LU_TIME);
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void keepsAnsweringAfterAPurge() {
        attach("msc-A1", null);
        store.setPurged(IMSI, CnDomain.CS, true);
        clock.advance(Duration.ofSeconds(2));
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(2, SIP_V4, SIP_V6));
    }

    @Test
    void staysSilentForALocationUpdateInTheFuture() {
        attach("msc-A1", null);
        clock.set(LU_TIME.minusSeconds(1));
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void takesTheAddressFromTheVlrsOwnBlockWithoutMergingTheGlobalOne() {
        attach("msc-B2", null);
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, MSC_B2_SIP_V4, null));
    }

    @Test
    void fallsBackToTheGlobalBlockForAServiceTheVlrsBlockLacks() {
        attach("msc-B2", null);
        assertThat(source().lookup(query("smpp.sms", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, SMPP_V4, null));
    }

    @Test
    void staysSilentForAServiceConfiguredNowhere() {
        attach("msc-A1", null);
        assertThat(source().lookup(query("gsup.sms", MslookupId.imsi(IMSI)))).isEmpty();
    }

    @Test
    void staysSilentForAnUnknownSubscriber() {
        attach("msc-A1", null);
        assertThat(source().lookup(query("sip.voice", MslookupId.imsi("901700000009999")))).isEmpty();
    }

    // ---- further attach records (the D-GSM proxy's table) ----------------------------------------------------------

    @Test
    void theYoungestAttachWinsAcrossRecords() {
        attach("msc-A1", null);
        clock.advance(Duration.ofSeconds(100));
        LocalAttachRecords proxyTable = id -> Optional.of(new LocalAttach("msc-B2", LU_TIME.plusSeconds(90)));
        HlrAnswerSource source = new HlrAnswerSource(store, settings(), clock, List.of(proxyTable));
        assertThat(source.lookup(query("sip.voice", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(10, MSC_B2_SIP_V4, null));
    }

    @Test
    void theDatabaseWinsATie() {
        attach("msc-A1", null);
        LocalAttachRecords proxyTable = id -> Optional.of(new LocalAttach("msc-B2", LU_TIME));
        HlrAnswerSource source = new HlrAnswerSource(store, settings(), clock, List.of(proxyTable));
        assertThat(source.lookup(query("sip.voice", MslookupId.imsi(IMSI))))
                .contains(new MslookupResult(0, SIP_V4, SIP_V6));
    }

    @Test
    void answersForAVisitorKnownOnlyToAnotherRecord() {
        LocalAttachRecords proxyTable = id -> id.digits().equals("2002")
                ? Optional.of(new LocalAttach("msc-A1", LU_TIME)) : Optional.empty();
        HlrAnswerSource source = new HlrAnswerSource(store, settings(), clock, List.of(proxyTable));
        assertThat(source.lookup(query("sip.voice", MslookupId.msisdn("2002")))).isPresent();
        assertThat(source.lookup(query("gsup.hlr", MslookupId.msisdn("2002")))).isEmpty();
    }

    @Test
    void staysSilentWhenTheDatabaseFails() {
        attach("msc-A1", null);
        HlrAnswerSource source = source();
        store.close();
        assertThat(source.lookup(query("sip.voice", MslookupId.imsi(IMSI)))).isEmpty();
        assertThat(source.lookup(query("gsup.hlr", MslookupId.imsi(IMSI)))).isEmpty();
        store = SubscriberStore.open(dir.resolve("hlr.db"));
    }
}
