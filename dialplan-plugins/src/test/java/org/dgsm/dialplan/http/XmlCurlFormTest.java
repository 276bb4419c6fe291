package org.dgsm.dialplan.http;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlCurlFormTest {

    @Test
    void decodesPercentEscapesAndPlusAsSpace() throws Exception {
        Map<String, String> fields = XmlCurlForm.parse(
                "section=dialplan&Event-Date-Local=2026-11-25%2010%3A00%3A00&Caller-Caller-ID-Name=J+Doe");

        assertThat(fields).containsEntry("section", "dialplan")
                .containsEntry("Event-Date-Local", "2026-11-25 10:00:00")
                .containsEntry("Caller-Caller-ID-Name", "J Doe");
    }

    @Test
    void emptyValuesAndNamesWithoutValueAreEmptyStrings() throws Exception {
        assertThat(XmlCurlForm.parse("tag_name=&key_name&key_value="))
                .containsEntry("tag_name", "").containsEntry("key_name", "").containsEntry("key_value", "");
    }

    @Test
    void firstOccurrenceOfANameWins() throws Exception {
        assertThat(XmlCurlForm.parse("section=dialplan&section=directory")).containsEntry("section", "dialplan");
    }

    @Test
    void emptyPairsAreSkipped() throws Exception {
        assertThat(XmlCurlForm.parse("&&a=1&&")).containsExactly(Map.entry("a", "1"));
        assertThat(XmlCurlForm.parse("")).isEmpty();
    }

    @Test
    void decodesUtf8() throws Exception {
        assertThat(XmlCurlForm.parse("name=J%C3%BCrg")).containsEntry("name", "Jürg");
    }

    @Test
    void rejectsMalformedEscapes() {
        assertThatThrownBy(() -> XmlCurlForm.parse("a=%4")).isInstanceOf(XmlCurlForm.MalformedFormException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> XmlCurlForm.parse("a=1&b=%G0")).isInstanceOf(XmlCurlForm.MalformedFormException.class)
                .hasMessageContaining("form field 2");
    }

    @Test
    void rejectsMoreFieldsThanAnyFreeswitchSends() {
        String many = "a=1&".repeat(XmlCurlForm.MAX_FIELDS + 1);

        assertThatThrownBy(() -> XmlCurlForm.parse(many)).isInstanceOf(XmlCurlForm.MalformedFormException.class)
                .hasMessageContaining("more than " + XmlCurlForm.MAX_FIELDS);
    }
}
