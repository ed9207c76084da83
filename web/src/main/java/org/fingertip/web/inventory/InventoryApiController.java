package org.fingertip.web.inventory;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.InventoryResult;
import org.fingertip.registry.inventory.InventoryRow;
import org.fingertip.registry.inventory.InventoryService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.table.UnsupportedTableFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The inventory of apps already live (存量): the import of a file, and the backlog of those still unfiled. Only
 * supervisors and operators, each in its own jurisdiction.
 */
@RestController
class InventoryApiController {
    private final InventoryService inventory;
    private final TransactionTemplate tx;

    InventoryApiController(InventoryService inventory, TransactionTemplate tx) {
        this.inventory = inventory;
        this.tx = tx;
    }

    /**
     * Imports a file (multipart part {@code file}); it is read before the transaction starts, and the rows load in
     * one. The same file imported again creates nothing and updates nothing.
     */
    @PostMapping("/api/inventory/import")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    @Operation(summary = "导入存量清单（在用应用、账号、工作群、系统）",
            description = "multipart/form-data，文件字段名 file：CSV（UTF-8，可带 BOM；或 GBK）或 XLSX（第一个工作表），"
                    + "最大 5 MB、10000 行数据。第一行为表头，列名中英文均可、顺序不限：主办单位编码/unitCode、名称/name、"
                    + "类型/kind（APP、MINI_PROGRAM、QUICK_APP、LIGHT_APP、PUBLIC_ACCOUNT、WORK_GROUP、INFO_SYSTEM 或其中文名）、"
                    + "服务对象/audience（内部/INTERNAL、公众/PUBLIC）、上架平台/stores（顿号或逗号分隔；须备案的类型必填）、"
                    + "上线日期/launchDate（yyyy-MM-dd）；选填：包名/packageName，以及整组的使用情况列 月份/month、"
                    + "月活跃用户数/monthlyActiveUsers、服务对象规模/audienceSize、最近更新日期/lastUpdate、"
                    + "最近发布日期/lastPost、服务是否可用/servicesAnswer。须备案的类型登记为在用未备案（LIVE_UNFILED），"
                    + "备案期限为规定施行日加 6 个月（默认 2026-07-25）；公众号、工作群、信息系统登记为已登记（REGISTERED）。"
                    + "以 主办单位 + 规范化名称 + 类型 识别，重复导入同一文件不会新增也不会修改。返回 created、updated、"
                    + "unchanged 与 rejected（每个被拒行的行号 line 和全部原因 reason）。400 文件无法读取，413 超过 5 MB，"
                    + "415 不是 CSV 或 XLSX（如 .xls、PDF、UTF-16 文本）或请求不是 multipart/form-data。")
    InventoryResult importFile(Actor actor, HttpServletRequest request,
                               @RequestPart(name = "file", required = false) MultipartFile file) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            throw new UnsupportedTableFile("请求不是文件上传", "请以 multipart/form-data 上传，文件字段名为 file");
        }
        if (file == null) {
            throw new InvalidInputException("缺少上传的文件“file”",
                    List.of(new FieldError("file", "请以 multipart/form-data 上传，文件字段名为 file")));
        }
        List<InventoryRow> rows = InventoryFile.read(file);
        return tx.execute(status -> inventory.importRows(actor, file.getOriginalFilename(), rows));
    }

    /** The backlog of the caller's jurisdiction (or of one division or unit in it), earliest deadline first. */
    @GetMapping("/api/backlog")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    @Operation(summary = "存量未备案清单",
            description = "辖区内在用未备案（LIVE_UNFILED）的应用，按备案期限由近到远：剩余天数 daysLeft（期限当日为 0，"
                    + "逾期为负）、是否逾期 overdue、逾期后是否已挂账并提请定向退出（exitProposed、ledgerItemId）；"
                    + "total 与 overdue 为全部结果的合计。department 为区划或单位编码；minDaysLeft、maxDaysLeft 限定剩余天数"
                    + "（含两端，逾期为负）。")
    BacklogJson backlog(Actor actor, @RequestParam(required = false) String department,
                        @RequestParam(required = false) Integer minDaysLeft,
                        @RequestParam(required = false) Integer maxDaysLeft,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return BacklogJson.of(inventory.backlog(actor, department, minDaysLeft, maxDaysLeft, paging.page(),
                paging.size()));
    }

    /** A file of a type no import reads, or a request that is no upload: 415, as problem+json naming {@code file}. */
    @ExceptionHandler(UnsupportedTableFile.class)
    ProblemDetail unsupported(UnsupportedTableFile e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        p.setTitle("不支持的文件类型");
        p.setType(URI.create("about:blank"));
        p.setProperty("errors", e.errors().stream()
                .map(fe -> Map.of("field", fe.field(), "message", fe.message())).toList());
        return p;
    }

    /** One page of the backlog, with the totals of the whole scope as of {@code today}. */
    record BacklogJson(List<Item> items, long total, long overdue, LocalDate today, int page, int size) {
        static BacklogJson of(BacklogPage p) {
            return new BacklogJson(p.items().stream().map(r -> Item.of(r, p.today())).toList(), p.total(), p.overdue(),
                    p.today(), p.page(), p.size());
        }
    }

    /** One live-but-unfiled app. */
    record Item(long appId, String name, AppKind kind, String kindLabel, AppStatus status, String statusLabel,
                String ownerUnitCode, String ownerUnitName, LocalDate launchDate, LocalDate deadline, long daysLeft,
                boolean overdue, boolean exitProposed, Instant exitProposedAt, Long ledgerItemId) {
        static Item of(BacklogPage.Row r, LocalDate today) {
            return new Item(r.appId(), r.name(), r.kind(), r.kind() == null ? null : r.kind().label(), r.status(),
                    r.status().label(), r.ownerUnitCode(), r.ownerUnitName(), r.launchDate(), r.deadline(),
                    r.daysLeft(today), r.isOverdue(today), r.exitProposedAt() != null, r.exitProposedAt(),
                    r.ledgerItemId());
        }
    }
}
