package org.fingertip.workflow.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.fingertip.workflow.testing.DiagramClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Every process of the application drawn from its own DI, and what the drawing promises: XML, names, no script. */
class DiagramSvgTest {
    private static final Path BPMN = Path.of("src/main/resources/bpmn");

    static Stream<Path> everyProcess() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(BPMN)) {
            files = list.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).as("the BPMN files").hasSizeGreaterThanOrEqualTo(8);
        return files.stream();
    }

    private static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    @ParameterizedTest
    @MethodSource("everyProcess")
    void drawsEveryFlowNodeAndSequenceFlowOnceWithItsChineseNameAndNoScript(Path file) {
        BpmnModelInstance model = read(file);
        String svg = DiagramSvg.render(model, Set.of(), Set.of());
        Document doc = DiagramClasses.parse(svg);
        DiagramClasses classes = DiagramClasses.of(svg);

        Set<String> expected = new HashSet<>();
        for (FlowElement e : model.getModelElementsByType(FlowElement.class)) {
            if (e instanceof FlowNode || e instanceof SequenceFlow) {
                expected.add(e.getId());
            }
        }
        assertThat(classes.all().keySet()).as("groups of %s", file).containsExactlyInAnyOrderElementsOf(expected);
        for (String id : expected) {
            assertThat(classes.classOf(id)).as("nothing highlighted: %s", id).isIn("element", "flow");
        }

        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("viewBox")).matches("-?[\\d.]+ -?[\\d.]+ [\\d.]+ [\\d.]+");
        assertThat(svg.toLowerCase()).doesNotContain("<script").doesNotContain("javascript:");
        assertNoEventHandlerAttribute(root);
        assertThat(text(doc, "title", null).get(0)).as("the process name").isEqualTo(processName(model));
        assertThat(String.join("", text(doc, "text", null))).contains("当前步骤", "已完成", "未到达");

        // each named node shows its whole name, wrapped but not cut, in Chinese
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getName() == null) {
                continue;
            }
            Element group = group(doc, node.getId());
            String shown = String.join("", text(group, "text", "kind")).replace(" ", "");
            assertThat(shown).as("name of %s in %s", node.getId(), file).isEqualTo(node.getName().replace(" ", ""));
            assertThat(text(group, "title", null)).containsExactly(node.getName());
        }
        assertThat(svg).containsPattern("\\p{IsHan}");
    }

    @Test
    void passedAndCurrentStepsAreMarkedAndAFlowIsPassedWhenItsSourceFinishedAndItsTargetWasReached() {
        BpmnModelInstance model = read(BPMN.resolve("AppFilingProcess.bpmn"));
        String svg = DiagramSvg.render(model,
                Set.of("StartEvent_Submitted", "ServiceTask_PreCheck", "Gateway_PreCheckPassed", "Gateway_NeedsFirstReview"),
                Set.of("Task_FirstReview"));
        DiagramClasses classes = DiagramClasses.of(svg);

        assertThat(classes.classOf("Task_FirstReview")).isEqualTo("element current");
        assertThat(classes.classOf("StartEvent_Submitted")).isEqualTo("element passed");
        assertThat(classes.classOf("Gateway_NeedsFirstReview")).isEqualTo("element passed");
        assertThat(classes.classOf("Task_ProvincialReview")).isEqualTo("element");
        assertThat(classes.classOf("Flow_ToPreCheck")).isEqualTo("flow passed");
        assertThat(classes.classOf("Flow_NeedsFirstReview")).isEqualTo("flow passed");
        // not taken: the current task has not finished, the other branch's target was never reached
        assertThat(classes.classOf("Flow_FirstReviewToDecision")).isEqualTo("flow");
        assertThat(classes.classOf("Flow_ProvincialOnly")).isEqualTo("flow");
        assertThat(classes.classOf("Flow_PreCheckFailed")).isEqualTo("flow");
    }

    @Test
    void aStepRunAgainIsCurrentNotPassed() {
        BpmnModelInstance model = read(BPMN.resolve("AppFilingProcess.bpmn"));
        DiagramClasses classes = DiagramClasses.of(DiagramSvg.render(model,
                Set.of("Task_FirstReview", "Gateway_FirstReviewDecision", "ServiceTask_PreCheck"),
                Set.of("Task_FirstReview")));
        assertThat(classes.isCurrent("Task_FirstReview")).isTrue();
        assertThat(classes.isPassed("Task_FirstReview")).isFalse();
    }

    @Test
    void namesAreEscapedAndALongNameIsWrappedInsideItsTaskAndCutWithAnEllipsis() {
        String longName = "这是一个非常非常长的任务名称，用来检验换行是否发生在任务框之内并且超出部分以省略号结尾而不溢出";
        BpmnModelInstance model = Bpmn.createExecutableProcess("P").name("<测试> & \"流程\"")
                .startEvent("S").name("A & B <c>")
                .userTask("T").name(longName)
                .serviceTask("X").name("自动")
                .endEvent("E")
                .done();
        String svg = DiagramSvg.render(model, Set.of("S"), Set.of("T"));
        Document doc = DiagramClasses.parse(svg);

        assertThat(svg).contains("&lt;测试&gt; &amp; &quot;流程&quot;").contains("A &amp; B &lt;c&gt;");
        assertThat(text(doc, "title", null)).contains("<测试> & \"流程\"", "A & B <c>", longName);
        Element task = group(doc, "T");
        List<String> lines = text(task, "text", "kind");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(lines.size() - 1)).endsWith("…");
        assertThat(longName).startsWith(String.join("", lines).replace("…", ""));
        Element rect = (Element) task.getElementsByTagName("rect").item(0);
        double top = Double.parseDouble(rect.getAttribute("y"));
        double bottom = top + Double.parseDouble(rect.getAttribute("height"));
        NodeList texts = task.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            double y = Double.parseDouble(((Element) texts.item(i)).getAttribute("y"));
            assertThat(y).as("line %s inside the task", i).isBetween(top, bottom);
        }
        assertThat(text(task, "text", null)).contains("人工");
        assertThat(text(group(doc, "X"), "text", null)).contains("自动");
    }

    @Test
    void eventsAndGatewaysAreDrawnAsTheirKind() {
        BpmnModelInstance model = read(BPMN.resolve("AppFilingProcess.bpmn"));
        Document doc = DiagramClasses.parse(DiagramSvg.render(model, Set.of(), Set.of()));
        assertThat(group(doc, "StartEvent_Submitted").getElementsByTagName("circle").getLength()).isEqualTo(1);
        Element end = (Element) group(doc, "EndEvent_Filed").getElementsByTagName("circle").item(0);
        assertThat(end.getAttribute("class")).contains("end");
        // the boundary timer: a double circle with a clock, where the DI attaches it to the revise task
        Element timer = group(doc, "BoundaryEvent_ResubmitDeadline");
        assertThat(timer.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(timer.getElementsByTagName("path").getLength()).isEqualTo(1);
        Element outer = (Element) timer.getElementsByTagName("circle").item(0);
        assertThat(outer.getAttribute("cx")).isEqualTo("420");
        assertThat(outer.getAttribute("cy")).isEqualTo("410");
        assertThat(group(doc, "Gateway_PreCheckPassed").getElementsByTagName("polygon").getLength()).isEqualTo(1);
        assertThat(group(doc, "Gateway_PreCheckPassed").getElementsByTagName("line").getLength()).isEqualTo(2);
        Element flow = group(doc, "Flow_FirstReturned");
        assertThat(((Element) flow.getElementsByTagName("polyline").item(0)).getAttribute("points"))
                .isEqualTo("760,125 760,300 650,300 650,330");
        assertThat(text(flow, "text", null)).containsExactly("退回");
    }

    @Test
    void textLinesBreakByCharacterAndKeepClosingPunctuationOnItsLine() {
        String name = "省级审核（完备性审核、材料审核与技术检测）";
        List<String> lines = TextLines.wrap(name, 88, 13, 10);
        assertThat(String.join("", lines)).isEqualTo(name);
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(l -> assertThat("，、）").doesNotContain(l.substring(0, 1)));
        assertThat(TextLines.wrap("Message_Withdraw", 60, 12, 5)).hasSizeGreaterThan(1);
        assertThat(TextLines.wrap("  ", 60, 12, 5)).isEmpty();
        assertThat(TextLines.wrap("一二三四五六七八九十", 24, 12, 2)).containsExactly("一二", "三…");
    }

    // ---- reading the drawing back -----------------------------------------------------------------------------------

    private static Element group(Document doc, String elementId) {
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (elementId.equals(g.getAttribute("data-element-id"))) {
                return g;
            }
        }
        throw new AssertionError("no group for " + elementId);
    }

    /** The text of every descendant with this tag, leaving out those of the class given. */
    private static List<String> text(Object parent, String tag, String exceptClass) {
        NodeList nodes = parent instanceof Document d ? d.getElementsByTagName(tag)
                : ((Element) parent).getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (exceptClass == null || !e.getAttribute("class").equals(exceptClass)) {
                texts.add(e.getTextContent());
            }
        }
        return texts;
    }

    private static void assertNoEventHandlerAttribute(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            assertThat(attributes.item(i).getNodeName().toLowerCase()).doesNotStartWith("on");
        }
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                assertNoEventHandlerAttribute(child);
            }
        }
    }

    private static String processName(BpmnModelInstance model) {
        return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
                .getName();
    }
}
