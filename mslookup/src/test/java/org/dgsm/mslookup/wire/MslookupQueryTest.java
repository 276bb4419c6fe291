package org.dgsm.mslookup.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MslookupQueryTest {

    @Test
    void parsesImsiQueryWithDottedService() throws Exception {
        MslookupQuery q = MslookupQuery.parse("gsup.hlr.123456789012345.imsi");

        assertThat(q.service()).isEqualTo("gsup.hlr");
        assertThat(q.id()).isEqualTo(new MslookupId(IdType.IMSI, "123456789012345"));
    }

    @Test
    void rejectsImsiShorterThanSixDigits() {
        assertThatThrownBy(() -> MslookupQuery.parse("gsup.hlr.1.imsi"))
                .isInstanceOf(MalformedQueryException.class)
                .hasMessageContaining("imsi must have 6 to 15 digits");
    }

    @Test
    void acceptsOneDigitMsisdn() throws Exception {
        MslookupQuery q = MslookupQuery.parse("sip.voice.1.msisdn");

        assertThat(q.service()).isEqualTo("sip.voice");
        assertThat(q.id()).isEqualTo(MslookupId.msisdn("1"));
    }

    @Test
    void acceptsServiceMadeOfDotsOnly() throws Exception {
        MslookupQuery q = MslookupQuery.parse(".....1.msisdn");

        assertThat(q.service()).isEqualTo("....");
        assertThat(q.id()).isEqualTo(MslookupId.msisdn("1"));
    }

    @Test
    void rejectsIdLongerThanFifteenDigits() {
        assertThatThrownBy(() -> MslookupQuery.parse("foo.12345678901234567890.imsi"))
                .isInstanceOf(MalformedQueryException.class).hasMessageContaining("id too long");
        assertThatThrownBy(() -> MslookupQuery.parse("foo.1234567890123456.msisdn"))
                .isInstanceOf(MalformedQueryException.class).hasMessageContaining("id too long");
    }

    @Test
    void rejectsUnknownIdType() {
        assertThatThrownBy(() -> MslookupQuery.parse("gsup.hlr.123456789012345.what"))
                .isInstanceOf(MalformedQueryException.class).hasMessageContaining("unknown id type 'what'");
        assertThatThrownBy(() -> MslookupQuery.parse("gsup.hlr.123456789012345.none"))
                .isInstanceOf(MalformedQueryException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.msisdn", ".1.msisdn", "blarg.1.msisdn.", "", "msisdn", ".msisdn", "a..msisdn",
            "a.b.1x.msisdn", "a.b.-1.msisdn", "a.b. 1.msisdn", "a.b.1.msisdn ", "foo.12345.imsi"})
    void rejectsTextsOsmoRejects(String text) {
        assertThatThrownBy(() -> MslookupQuery.parse(text)).isInstanceOf(MalformedQueryException.class)
                .hasMessageContaining("cannot parse query '" + text + "'");
    }

    @Test
    void rejectsServiceLongerThanSixtyFourCharacters() {
        String service80 = "s".repeat(80);
        assertThatThrownBy(() -> MslookupQuery.parse(service80 + ".1.msisdn"))
                .isInstanceOf(MalformedQueryException.class).hasMessageContaining("at most 64");
    }

    @Test
    void acceptsServiceOfExactlySixtyFourCharacters() throws Exception {
        String service64 = "s".repeat(64);

        assertThat(MslookupQuery.parse(service64 + ".1.msisdn").service()).isEqualTo(service64);
        assertThatThrownBy(() -> MslookupQuery.parse("s" + service64 + ".1.msisdn"))
                .isInstanceOf(MalformedQueryException.class);
    }

    @Test
    void parsesIdTypeCaseInsensitivelyAndPrintsItLowerCase() throws Exception {
        MslookupQuery q = MslookupQuery.parse("gsup.hlr.901700000014701.IMSI");

        assertThat(q.id().type()).isEqualTo(IdType.IMSI);
        assertThat(q.toString()).isEqualTo("gsup.hlr.901700000014701.imsi");
        assertThat(MslookupQuery.parse("a.1.MsIsDn").id().type()).isEqualTo(IdType.MSISDN);
    }

    @Test
    void keepsServiceCaseAndSpacesAsGiven() throws Exception {
        assertThat(MslookupQuery.parse("SIP.Voice.1.msisdn").service()).isEqualTo("SIP.Voice");
        assertThat(MslookupQuery.parse("my service.1.msisdn").service()).isEqualTo("my service");
    }

    @Test
    void rejectsServiceWithControlOrNonAsciiCharacters() {
        assertThatThrownBy(() -> MslookupQuery.parse("a\tb.1.msisdn")).isInstanceOf(MalformedQueryException.class)
                .hasMessageContaining("printable ASCII");
        assertThatThrownBy(() -> MslookupQuery.parse("vöice.1.msisdn"))
                .isInstanceOf(MalformedQueryException.class);
        assertThatThrownBy(() -> new MslookupQuery("a\nb", MslookupId.msisdn("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsEmptyServiceInConstructor() {
        assertThatThrownBy(() -> new MslookupQuery("", MslookupId.msisdn("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }

    @Test
    void toStringIsServiceDigitsIdType() {
        assertThat(new MslookupQuery("sip.voice", MslookupId.msisdn("1001")).toString())
                .isEqualTo("sip.voice.1001.msisdn");
    }

    @Test
    void domainNameAppendsSuffix() {
        MslookupQuery q = new MslookupQuery("gsup.hlr", MslookupId.imsi("901700000014701"));

        assertThat(q.domainName("mdns.osmocom.org")).isEqualTo("gsup.hlr.901700000014701.imsi.mdns.osmocom.org");
    }

    @Test
    void fromDomainNameStripsSuffix() throws Exception {
        MslookupQuery q = MslookupQuery.fromDomainName("sip.voice.1001.msisdn.mdns.osmocom.org", "mdns.osmocom.org");

        assertThat(q).isEqualTo(new MslookupQuery("sip.voice", MslookupId.msisdn("1001")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip.voice.1001.msisdn.MDNS.OSMOCOM.ORG", "sip.voice.1001.msisdn.mdns.osmocom.org.",
            "sip.voice.1001.msisdn.example.org", "sip.voice.1001.msisdnmdns.osmocom.org", "mdns.osmocom.org",
            ".mdns.osmocom.org", "x.mdns.osmocom.org", "sip.voice.1001.msisdn.xmdns.osmocom.org"})
    void fromDomainNameRejectsOtherSuffixes(String name) {
        assertThatThrownBy(() -> MslookupQuery.fromDomainName(name, "mdns.osmocom.org"))
                .isInstanceOf(MalformedQueryException.class);
    }

    @Test
    void fromDomainNameRoundTripsDomainName() throws Exception {
        MslookupQuery q = new MslookupQuery("a.b c", MslookupId.imsi("123456"));

        assertThat(MslookupQuery.fromDomainName(q.domainName("x.y"), "x.y")).isEqualTo(q);
    }
}
