package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    @Test
    void replacesEveryPlaceholder() {
        assertThat(TemplateRenderer.render("t", "a ${x} b ${y}${x}\n", Map.of("x", "1", "y", "2")))
                .isEqualTo("a 1 b 21\n");
    }

    @Test
    void doubleDollarWritesALiteralPlaceholder() {
        assertThat(TemplateRenderer.render("t", "$${dgsm_node_http} ${x}", Map.of("x", "1")))
                .isEqualTo("${dgsm_node_http} 1");
    }

    @Test
    void leavesLoneDollarsAndBracesAlone() {
        assertThat(TemplateRenderer.render("t", "cost $5 {a} $ {b}", Map.of())).isEqualTo("cost $5 {a} $ {b}");
    }

    @Test
    void missingValueNamesTemplateLineAndPlaceholder() {
        assertThatThrownBy(() -> TemplateRenderer.render("osmo-msc.cfg", "a\nb\n c ${nope}\n", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("osmo-msc.cfg line 3: no value for ${nope}");
    }

    @Test
    void unclosedPlaceholderIsAnError() {
        assertThatThrownBy(() -> TemplateRenderer.render("t", "x ${open", Map.of("open", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1").hasMessageContaining("without '}'");
    }
}
