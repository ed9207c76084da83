package org.fingertip.web.diagram;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.web.security.Allowed;
import org.fingertip.workflow.diagram.CaseInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The processes of a case and the diagram of one, drawn on the server. */
@RestController
@RequestMapping("/api/apps/{id}")
class DiagramApiController {
    private final AppDiagrams diagrams;

    DiagramApiController(AppDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GetMapping("/diagram.svg")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Operation(summary = "案卷流程图（SVG）", description = "按 BPMN 自带的图形布局在服务器端绘制的流程图："
            + "当前步骤（class=\"element current\"，红框）、已完成的步骤（class=\"element passed\"，绿色）、未到达的步骤；"
            + "每个元素的 g 元素带 data-element-id（BPMN 中的 id）。不指定 instance 时，画正在进行的流程（最新的优先），"
            + "都已结束时画最近的一个；可选的流程见 GET /api/apps/{id}/processes。")
    @ApiResponse(responseCode = "200", description = "SVG 图像", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "应用不存在或不在职责范围内，应用尚无流程，或流程实例不属于该应用",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<String> diagram(Actor actor, @PathVariable long id,
                                   @Parameter(description = "流程实例 id（来自 /processes）；不填则自动选择")
                                   @RequestParam(required = false) String instance) {
        return diagrams.svg(actor, id, instance);
    }

    /** The app's process instances (filing, change, re-check, ledger items, exit), running ones first, newest first. */
    @GetMapping("/processes")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Operation(summary = "案卷的流程实例", description = "正在进行的在前，各自按开始时间从新到旧；用于选择要查看的流程图。")
    List<CaseInstance> processes(Actor actor, @PathVariable long id) {
        return diagrams.instances(actor, id);
    }
}
