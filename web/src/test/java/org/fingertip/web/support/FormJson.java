package org.fingertip.web.support;

import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bodies of {@code POST /api/apps} and {@code PUT /api/apps/{id}/form}, as JSON trees tests can edit. */
public final class FormJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private FormJson() {
    }

    /** A name no other test (and no seeded app) uses: the prefix, then a unique number. */
    public static String uniqueName(String prefix) {
        return prefix + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A form that passes every completeness rule and no ban: an internal standalone APP of the given unit with two
     * service functions whose names are unique to this form (so that no duplicate finding depends on other tests).
     */
    public static ObjectNode complete(String ownerUnitCode, String name) {
        String tag = Long.toString(Math.abs(name.hashCode())) + SEQUENCE.incrementAndGet();
        ObjectNode form = MAPPER.createObjectNode();
        form.put("name", name);
        form.put("kind", "APP");
        form.put("audience", "INTERNAL");
        if (ownerUnitCode != null) {
            form.put("ownerDepartmentCode", ownerUnitCode);
        }
        form.putArray("stores").add("华为应用市场").add("苹果 App Store");
        form.put("packageName", "cn.gov.hubei.test.a" + tag);
        ObjectNode handler = form.putObject("handler");
        handler.put("name", "张明");
        handler.put("post", "科员");
        handler.put("phone", "13800138000");
        handler.put("email", "zhangming@example.gov.cn");
        ObjectNode approval = form.putObject("projectApproval");
        approval.put("reference", "鄂政数〔2026〕1号");
        approval.put("budgetSource", "财政资金");
        approval.put("fitsDigitalPlan", true);
        approval.put("duplicatesExisting", false);
        approval.put("couldBeModule", false);
        approval.put("sharesData", true);
        approval.put("justification", "业务专用，统一平台暂无对应模块");
        ArrayNode functions = form.putArray("functions");
        functions.addObject().put("name", "执法案件办理" + tag).put("category", "SERVICE");
        functions.addObject().put("name", "巡查任务派发" + tag).put("category", "OFFICE");
        ObjectNode operations = form.putObject("operations");
        operations.put("team", "信息中心运维组");
        operations.put("securityTested", true);
        operations.put("mlpsLevel", 3);
        operations.put("mlpsAssessed", true);
        ObjectNode acceptance = form.putObject("acceptance");
        acceptance.put("date", "2026-01-15");
        acceptance.put("result", "验收合格");
        form.putArray("similarApps");
        form.put("commitmentSigned", true);
        return form;
    }

    /** A complete form for the applicant's own unit (owner left to default). */
    public static ObjectNode complete(String name) {
        return complete(null, name);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ObjectNode decision(String decision, String comment) {
        ObjectNode body = MAPPER.createObjectNode();
        if (decision != null) {
            body.put("decision", decision);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    /** A RETURN with the given gaps, given as alternating section key and message. */
    public static ObjectNode returnWith(String comment, String... sectionAndMessage) {
        ObjectNode body = decision("RETURN", comment);
        ArrayNode gaps = body.putArray("gaps");
        for (int i = 0; i + 1 < sectionAndMessage.length; i += 2) {
            gaps.addObject().put("section", sectionAndMessage[i]).put("message", sectionAndMessage[i + 1]);
        }
        return body;
    }
}
