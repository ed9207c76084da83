package org.fingertip.workflow.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a process as SVG from its BPMN diagram interchange (DI), where the modeller placed every shape and waypoint:
 * nothing is laid out here. Each flow node and sequence flow is one {@code <g>} with {@code data-element-id} and the
 * class {@code element} (or {@code flow}), plus {@code passed} or {@code current}; names are wrapped inside tasks and
 * below events and gateways (or in the label bounds the DI gives). The styles travel inside the SVG, so it is one
 * self-contained image; it carries no script.
 */
public final class DiagramSvg {
    private static final double MARGIN = 16;
    private static final double LEGEND_HEIGHT = 34;
    private static final double TASK_FONT = 13;
    private static final double LABEL_FONT = 12;
    private static final double FLOW_FONT = 11;
    private static final double FREE_LABEL_WIDTH = 96;
    private static final double LEGEND_WIDTH = 300;
    private static final String STYLE = """
            svg{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
            .shape{fill:#fff;stroke:#98a2b3;stroke-width:1.5}
            .end{stroke-width:4}
            .container{fill:#fcfcfd}
            .interrupting-not{stroke-dasharray:5 3}
            .event-sub{stroke-dasharray:6 4}
            .glyph{fill:none;stroke:#475467;stroke-width:1.3}
            .solid{fill:#475467;stroke:none}
            .mark{stroke:#475467;stroke-width:3;stroke-linecap:round}
            text{fill:#344054}
            .name{font-size:13px}
            .label{font-size:12px}
            .kind{font-size:10px;fill:#667085}
            .flow-label{font-size:11px;fill:#475467;paint-order:stroke;stroke:#fff;stroke-width:3px}
            .flow .line{fill:none;stroke:#98a2b3;stroke-width:1.5;marker-end:url(#arrow)}
            .flow.passed .line{stroke:#067647;stroke-width:2.5;marker-end:url(#arrow-passed)}
            .passed .shape{fill:#ecfdf3;stroke:#067647;stroke-width:2}
            .passed .end{stroke-width:4}
            .current .shape{fill:#fef3f2;stroke:#b3261e;stroke-width:3.5}
            .current .end{stroke-width:5}
            .current .name,.current .label{font-weight:600;fill:#1f2933}
            .legend text{font-size:13px}
            """;

    private final StringBuilder svg = new StringBuilder();
    private final Extent extent = new Extent();
    private final Set<String> passed;
    private final Set<String> current;

    private DiagramSvg(Set<String> passed, Set<String> current) {
        this.passed = passed;
        this.current = current;
    }

    /**
     * The process as an SVG document.
     *
     * @param passed  ids of the activities already finished (an id may also be current, when a step runs again)
     * @param current ids of the activities the instance waits at now; current wins over passed
     */
    public static String render(BpmnModelInstance model, Set<String> passed, Set<String> current) {
        return new DiagramSvg(Set.copyOf(passed), Set.copyOf(current)).draw(model);
    }

    private String draw(BpmnModelInstance model) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        List<BpmnShape> containers = new ArrayList<>();
        List<BpmnShape> nodes = new ArrayList<>();
        List<BpmnShape> attached = new ArrayList<>();
        for (BpmnShape s : shapes) {
            BaseElement e = s.getBpmnElement();
            if (e instanceof SubProcess) {
                containers.add(s);
            } else if (e instanceof BoundaryEvent) {
                attached.add(s);
            } else {
                nodes.add(s);
            }
        }
        // Containers under their contents, flows under the shapes they join, boundary events over their task's edge.
        containers.forEach(this::shape);
        model.getModelElementsByType(BpmnEdge.class).forEach(this::edge);
        nodes.forEach(this::shape);
        attached.forEach(this::shape);
        return document(processName(model));
    }

    private String document(String title) {
        if (extent.minX > extent.maxX) {
            extent.add(new Box(0, 0, 0, 0));
        }
        // wide enough for the legend, however small the process
        extent.add(new Box(extent.minX, extent.minY, LEGEND_WIDTH, 0));
        double x = extent.minX - MARGIN;
        double y = extent.minY - MARGIN - LEGEND_HEIGHT;
        double w = extent.maxX - extent.minX + 2 * MARGIN;
        double h = extent.maxY - extent.minY + 2 * MARGIN + LEGEND_HEIGHT;
        StringBuilder doc = new StringBuilder(svg.length() + 4096);
        doc.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(n(x)).append(' ').append(n(y))
                .append(' ').append(n(w)).append(' ').append(n(h))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-labelledby=\"diagram-title\">\n");
        doc.append("<title id=\"diagram-title\">").append(escape(title)).append("</title>\n");
        doc.append("<style>\n").append(STYLE).append("</style>\n");
        doc.append("<defs>").append(marker("arrow", "#98a2b3")).append(marker("arrow-passed", "#067647"))
                .append("</defs>\n");
        legend(doc, x + 8, y + 10);
        doc.append(svg).append("</svg>\n");
        return doc.toString();
    }

    private static String marker(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                + " markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"" + colour
                + "\"/></marker>";
    }

    private static void legend(StringBuilder doc, double x, double y) {
        doc.append("<g class=\"legend\">");
        String[][] items = {{"element current", "当前步骤"}, {"element passed", "已完成"}, {"element", "未到达"}};
        double at = x;
        for (String[] item : items) {
            doc.append("<g class=\"").append(item[0]).append("\"><rect class=\"shape\" x=\"").append(n(at))
                    .append("\" y=\"").append(n(y)).append("\" width=\"26\" height=\"16\" rx=\"4\"/><text x=\"")
                    .append(n(at + 32)).append("\" y=\"").append(n(y + 13)).append("\">").append(item[1])
                    .append("</text></g>");
            at += 32 + item[1].length() * 13 + 24;
        }
        doc.append("</g>\n");
    }

    // ---- shapes -----------------------------------------------------------------------------------------------------

    private void shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        if (element == null || b == null) {
            return;
        }
        Box box = new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        extent.add(box);
        String id = element.getId();
        String name = element.getAttributeValue("name");
        svg.append("<g class=\"element").append(state(id)).append("\" data-element-id=\"").append(escape(id))
                .append("\">");
        if (name != null && !name.isBlank()) {
            svg.append("<title>").append(escape(name.strip())).append("</title>");
        }
        if (element instanceof SubProcess sub) {
            subProcess(box, sub, name);
        } else if (element instanceof Activity activity) {
            task(box, activity, name);
        } else if (element instanceof Event event) {
            event(box, event);
            label(box, shape.getBpmnLabel(), name);
        } else if (element instanceof Gateway gateway) {
            gateway(box, gateway);
            label(box, shape.getBpmnLabel(), name);
        } else {
            svg.append(rect(box, 0, "shape"));
            centred(box, name, 0);
        }
        svg.append("</g>\n");
    }

    private void subProcess(Box box, SubProcess sub, String name) {
        svg.append(rect(box, 10, sub.triggeredByEvent() ? "shape container event-sub" : "shape container"));
        List<String> lines = TextLines.wrap(name, box.w - 16, TASK_FONT, 2);
        for (int i = 0; i < lines.size(); i++) {
            svg.append(text("name", box.x + 8, box.y + 18 + i * (TASK_FONT + 3), "start", lines.get(i)));
        }
    }

    private void task(Box box, Activity activity, String name) {
        svg.append(rect(box, 10, activity instanceof CallActivity ? "shape end" : "shape"));
        String kind = kind(activity);
        if (kind != null) {
            svg.append(text("kind", box.x + 6, box.y + 13, "start", kind));
        }
        centred(box, name, kind == null ? 0 : 14);
    }

    /** What kind of work a task is, in two characters, for the top left corner. */
    private static String kind(Activity activity) {
        if (activity instanceof UserTask) {
            return "人工";
        }
        if (activity instanceof ServiceTask) {
            return "自动";
        }
        if (activity instanceof BusinessRuleTask) {
            return "规则";
        }
        if (activity instanceof ScriptTask) {
            return "脚本";
        }
        if (activity instanceof SendTask) {
            return "发送";
        }
        if (activity instanceof CallActivity) {
            return "调用";
        }
        return null;
    }

    /** The name wrapped and centred in the box, below a reserved top strip. */
    private void centred(Box box, String name, double top) {
        double lineHeight = TASK_FONT + 2;
        int maxLines = Math.max(1, (int) ((box.h - top - 4) / lineHeight));
        List<String> lines = TextLines.wrap(name, box.w - 8, TASK_FONT, maxLines);
        double middle = box.y + top + (box.h - top) / 2;
        double first = middle - (lines.size() - 1) * lineHeight / 2 + TASK_FONT * 0.35;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(text("name", box.cx(), first + i * lineHeight, "middle", lines.get(i)));
        }
    }

    private void event(Box box, Event event) {
        double r = Math.min(box.w, box.h) / 2;
        boolean notInterrupting = (event instanceof BoundaryEvent be && !be.cancelActivity())
                || (event instanceof StartEvent se && !se.isInterrupting());
        String dashed = notInterrupting ? " interrupting-not" : "";
        if (event instanceof EndEvent) {
            svg.append(circle(box.cx(), box.cy(), r, "shape end"));
        } else if (event instanceof StartEvent) {
            svg.append(circle(box.cx(), box.cy(), r, "shape" + dashed));
        } else {
            svg.append(circle(box.cx(), box.cy(), r, "shape" + dashed));
            svg.append(circle(box.cx(), box.cy(), r - 3.5, "glyph" + dashed));
        }
        EventDefinition definition = definition(event);
        if (definition instanceof TimerEventDefinition) {
            clock(box.cx(), box.cy(), r * 0.55);
        } else if (definition instanceof MessageEventDefinition) {
            envelope(box.cx(), box.cy(), r * 0.5);
        } else if (definition instanceof TerminateEventDefinition) {
            svg.append(circle(box.cx(), box.cy(), r * 0.55, "solid"));
        } else if (definition instanceof SignalEventDefinition) {
            double s = r * 0.5;
            svg.append("<path class=\"glyph\" d=\"M").append(n(box.cx())).append(',').append(n(box.cy() - s))
                    .append("L").append(n(box.cx() + s)).append(',').append(n(box.cy() + s * 0.7))
                    .append("L").append(n(box.cx() - s)).append(',').append(n(box.cy() + s * 0.7)).append("z\"/>");
        }
    }

    private static EventDefinition definition(Event event) {
        Collection<EventDefinition> definitions = event instanceof CatchEvent c ? c.getEventDefinitions()
                : event instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
        return definitions.isEmpty() ? null : definitions.iterator().next();
    }

    private void clock(double cx, double cy, double r) {
        svg.append(circle(cx, cy, r, "glyph"));
        svg.append("<path class=\"glyph\" d=\"M").append(n(cx)).append(',').append(n(cy - r * 0.7)).append("L")
                .append(n(cx)).append(',').append(n(cy)).append("L").append(n(cx + r * 0.55)).append(',')
                .append(n(cy)).append("\"/>");
    }

    private void envelope(double cx, double cy, double s) {
        double x = cx - s;
        double y = cy - s * 0.7;
        svg.append("<rect class=\"glyph\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(2 * s)).append("\" height=\"").append(n(1.4 * s)).append("\"/>");
        svg.append("<path class=\"glyph\" d=\"M").append(n(x)).append(',').append(n(y)).append("L").append(n(cx))
                .append(',').append(n(cy)).append("L").append(n(cx + s)).append(',').append(n(y)).append("\"/>");
    }

    private void gateway(Box box, Gateway gateway) {
        svg.append("<polygon class=\"shape\" points=\"").append(n(box.cx())).append(',').append(n(box.y)).append(' ')
                .append(n(box.x + box.w)).append(',').append(n(box.cy())).append(' ').append(n(box.cx())).append(',')
                .append(n(box.y + box.h)).append(' ').append(n(box.x)).append(',').append(n(box.cy()))
                .append("\"/>");
        double s = Math.min(box.w, box.h) * 0.18;
        double cx = box.cx();
        double cy = box.cy();
        if (gateway instanceof ExclusiveGateway) {
            svg.append(line(cx - s, cy - s, cx + s, cy + s)).append(line(cx - s, cy + s, cx + s, cy - s));
        } else if (gateway instanceof ParallelGateway) {
            svg.append(line(cx, cy - s * 1.3, cx, cy + s * 1.3)).append(line(cx - s * 1.3, cy, cx + s * 1.3, cy));
        } else if (gateway instanceof InclusiveGateway) {
            svg.append(circle(cx, cy, s * 1.2, "glyph"));
        } else if (gateway instanceof EventBasedGateway) {
            svg.append(circle(cx, cy, s * 1.5, "glyph")).append(circle(cx, cy, s * 1.15, "glyph"));
        }
    }

    /** The name of an event or gateway: in the label bounds of the DI, or centred under the shape. */
    private void label(Box box, BpmnLabel label, String name) {
        Bounds lb = label == null ? null : label.getBounds();
        double width = lb != null ? Math.max(lb.getWidth(), LABEL_FONT * 2) : FREE_LABEL_WIDTH;
        List<String> lines = TextLines.wrap(name, width, LABEL_FONT, 3);
        if (lines.isEmpty()) {
            return;
        }
        double cx = lb != null ? lb.getX() + lb.getWidth() / 2 : box.cx();
        double top = lb != null ? lb.getY() : box.y + box.h + 4;
        textBlock("label", cx, top, width, lines, LABEL_FONT);
    }

    private void textBlock(String cssClass, double cx, double top, double width, List<String> lines, double font) {
        double lineHeight = font + 2;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(text(cssClass, cx, top + font * 0.9 + i * lineHeight, "middle", lines.get(i)));
        }
        double widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, l.codePoints().mapToDouble(TextLines::ems).sum() * font);
        }
        double half = Math.max(width, widest) / 2;
        extent.add(new Box(cx - half, top, 2 * half, lines.size() * lineHeight + 2));
    }

    // ---- flows ------------------------------------------------------------------------------------------------------

    private void edge(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        Collection<Waypoint> waypoints = edge.getWaypoints();
        if (element == null || waypoints.size() < 2) {
            return;
        }
        String id = element.getId();
        String name = element.getAttributeValue("name");
        boolean taken = element instanceof SequenceFlow flow && taken(flow);
        svg.append("<g class=\"flow").append(taken ? " passed" : "").append("\" data-element-id=\"")
                .append(escape(id)).append("\">");
        if (name != null && !name.isBlank()) {
            svg.append("<title>").append(escape(name.strip())).append("</title>");
        }
        List<double[]> points = new ArrayList<>();
        svg.append("<polyline class=\"line\" points=\"");
        for (Waypoint w : waypoints) {
            points.add(new double[]{w.getX(), w.getY()});
            extent.add(new Box(w.getX(), w.getY(), 0, 0));
            svg.append(n(w.getX())).append(',').append(n(w.getY())).append(' ');
        }
        svg.setLength(svg.length() - 1);
        svg.append("\"/>");
        flowLabel(edge.getBpmnLabel(), name, points);
        svg.append("</g>\n");
    }

    /**
     * History records the activities an instance ran, not the flows between them: a flow counts as taken when its
     * source finished and its target was reached (finished or current).
     */
    private boolean taken(SequenceFlow flow) {
        String source = flow.getSource() == null ? null : flow.getSource().getId();
        String target = flow.getTarget() == null ? null : flow.getTarget().getId();
        return passed.contains(source) && (passed.contains(target) || current.contains(target));
    }

    private void flowLabel(BpmnLabel label, String name, List<double[]> points) {
        if (name == null || name.isBlank()) {
            return;
        }
        Bounds lb = label == null ? null : label.getBounds();
        if (lb != null) {
            double width = Math.max(lb.getWidth(), FLOW_FONT * 2);
            textBlock("flow-label", lb.getX() + lb.getWidth() / 2, lb.getY(), width,
                    TextLines.wrap(name, width, FLOW_FONT, 3), FLOW_FONT);
            return;
        }
        // Without DI bounds: beside the middle of the middle segment.
        int i = (points.size() - 1) / 2;
        double mx = (points.get(i)[0] + points.get(i + 1)[0]) / 2;
        double my = (points.get(i)[1] + points.get(i + 1)[1]) / 2;
        textBlock("flow-label", mx, my - FLOW_FONT - 6, FREE_LABEL_WIDTH, TextLines.wrap(name, FREE_LABEL_WIDTH,
                FLOW_FONT, 2), FLOW_FONT);
    }

    // ---- primitives -------------------------------------------------------------------------------------------------

    private String state(String id) {
        return current.contains(id) ? " current" : passed.contains(id) ? " passed" : "";
    }

    private static String processName(BpmnModelInstance model) {
        for (Process p : model.getModelElementsByType(Process.class)) {
            if (p.getName() != null && !p.getName().isBlank()) {
                return p.getName();
            }
        }
        return "流程图";
    }

    private static String rect(Box b, double radius, String cssClass) {
        return "<rect class=\"" + cssClass + "\" x=\"" + n(b.x) + "\" y=\"" + n(b.y) + "\" width=\"" + n(b.w)
                + "\" height=\"" + n(b.h) + "\" rx=\"" + n(radius) + "\"/>";
    }

    private static String circle(double cx, double cy, double r, String cssClass) {
        return "<circle class=\"" + cssClass + "\" cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line class=\"mark\" x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2)
                + "\"/>";
    }

    private static String text(String cssClass, double x, double y, String anchor, String content) {
        return "<text class=\"" + cssClass + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor
                + "\">" + escape(content) + "</text>";
    }

    /** A coordinate with at most one decimal. */
    static String n(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }

    /** Text and attribute values as XML; characters XML 1.0 cannot carry are dropped. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    private record Box(double x, double y, double w, double h) {
        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    /** The area everything drawn covers, for the view box. */
    private static final class Extent {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void add(Box b) {
            minX = Math.min(minX, b.x);
            minY = Math.min(minY, b.y);
            maxX = Math.max(maxX, b.x + b.w);
            maxY = Math.max(maxY, b.y + b.h);
        }
    }
}
