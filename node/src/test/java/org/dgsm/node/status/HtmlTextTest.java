package org.dgsm.node.status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void replacesControlCharactersButKeepsNewlinesAndTabs() {
        assertThat(HtmlText.escape("a\u0000b\u001bc\n\td")).isEqualTo("a\uFFFDb\uFFFDc\n\td");
    }

    @Test
    void leavesPlainTextAlone() {
        String plain = "R\u00edo Verde 0.1.0";
        assertThat(HtmlText.escape(plain)).isSameAs(plain);
    }
}
