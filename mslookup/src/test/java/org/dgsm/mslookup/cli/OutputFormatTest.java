package org.dgsm.mslookup.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "j", "js", "jso", "json"})
    void prefixesOfJsonSelectJson(String text) {
        assertThat(OutputFormat.parse(text)).isEqualTo(OutputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "cs", "csv"})
    void prefixesOfCsvSelectCsv(String text) {
        assertThat(OutputFormat.parse(text)).isEqualTo(OutputFormat.CSV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonx", "csvx", "JSON", "CSV", "x", " ", "tsv", "sv"})
    void anythingElseIsRejected(String text) {
        assertThatThrownBy(() -> OutputFormat.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid format: " + text);
    }
}
