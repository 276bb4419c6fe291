package org.dgsm.dialplan.http;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a document against the mod_xml_curl format FreeSWITCH parses: {@code <document type="freeswitch/xml">}
 * holding either the dialplan section (context named as the request's Hunt-Context, extensions with conditions and
 * dptools actions) or the {@code result status="not found"} section.
 */
final class FreeswitchXmlFormat {

    /** The dptools applications the endpoint may use, all with arguments. */
    private static final Set<String> APPLICATIONS = Set.of("log", "set", "bridge", "hangup", "transfer");

    private FreeswitchXmlFormat() {
    }

    /** Returns the actions as "application data" lines after checking the structure. */
    static List<String> dialplanActions(String xml, String expectedContext) throws Exception {
        Element document = parse(xml);
        Element section = onlyChild(document, "section");
        assertThat(section.getAttribute("name")).isEqualTo("dialplan");
        Element context = onlyChild(section, "context");
        assertThat(context.getAttribute("name")).isEqualTo(expectedContext);
        Element extension = onlyChild(context, "extension");
        assertThat(extension.getAttribute("name")).isNotBlank();
        Element condition = onlyChild(extension, "condition");
        assertThat(condition.hasAttribute("field")).isEqualTo(condition.hasAttribute("expression"));
        if (condition.hasAttribute("field")) {
            assertThat(condition.getAttribute("field")).isEqualTo("destination_number");
            assertThat(condition.getAttribute("expression")).matches("\\^[0-9]{1,15}\\$");
        }
        List<String> actions = new ArrayList<>();
        for (Element action : children(condition)) {
            assertThat(action.getTagName()).isEqualTo("action");
            assertThat(action.getAttribute("application")).isIn(APPLICATIONS);
            assertThat(action.getAttribute("data")).isNotBlank();
            actions.add(action.getAttribute("application") + " " + action.getAttribute("data"));
        }
        assertThat(actions).isNotEmpty();
        return actions;
    }

    static void assertNotFoundDocument(String xml) throws Exception {
        Element document = parse(xml);
        Element section = onlyChild(document, "section");
        assertThat(section.getAttribute("name")).isEqualTo("result");
        Element result = onlyChild(section, "result");
        assertThat(result.getAttribute("status")).isEqualTo("not found");
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("document");
        assertThat(root.getAttribute("type")).isEqualTo("freeswitch/xml");
        return root;
    }

    private static Element onlyChild(Element parent, String tag) {
        List<Element> children = children(parent);
        assertThat(children).as("children of <%s>", parent.getTagName()).hasSize(1);
        assertThat(children.get(0).getTagName()).isEqualTo(tag);
        return children.get(0);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
