package org.fingertip.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.ProcessEngine;
import org.fingertip.workflow.diagram.ProcessDiagrams;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A rendered case diagram read back as XML (so a test fails on an SVG that is not well-formed): the class of every
 * group with a {@code data-element-id}, by that id.
 */
public final class DiagramClasses {
    private final Map<String, String> classes = new LinkedHashMap<>();

    private DiagramClasses(Document svg) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-element-id")) {
                String previous = classes.put(g.getAttribute("data-element-id"), g.getAttribute("class"));
                assertThat(previous).as("one group for %s", g.getAttribute("data-element-id")).isNull();
            }
        }
    }

    public static DiagramClasses of(String svg) {
        return new DiagramClasses(parse(svg));
    }

    /** The diagram of a process instance as the case page shows it. */
    public static DiagramClasses ofInstance(ProcessEngine engine, String processInstanceId) {
        return of(new ProcessDiagrams(engine.getRepositoryService(), engine.getHistoryService(),
                engine.getRuntimeService()).svg(processInstanceId));
    }

    /** Parses the SVG as XML, refusing a DOCTYPE (the diagram has none). */
    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    public Map<String, String> all() {
        return classes;
    }

    /** The class attribute of the element's group; fails when the element is not drawn. */
    public String classOf(String elementId) {
        assertThat(classes).as("drawn elements").containsKey(elementId);
        return classes.get(elementId);
    }

    public boolean isCurrent(String elementId) {
        return has(elementId, "current");
    }

    public boolean isPassed(String elementId) {
        return has(elementId, "passed");
    }

    /** The ids of the elements of this class (exactly: {@code element passed}, {@code flow} …). */
    public List<String> withClass(String cssClass) {
        return classes.entrySet().stream().filter(e -> e.getValue().equals(cssClass)).map(Map.Entry::getKey).toList();
    }

    /** Neither passed nor current. */
    public boolean isUntouched(String elementId) {
        return !isCurrent(elementId) && !isPassed(elementId);
    }

    private boolean has(String elementId, String cssClass) {
        return List.of(classOf(elementId).split(" ")).contains(cssClass);
    }
}
