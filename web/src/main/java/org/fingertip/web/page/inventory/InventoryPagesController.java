package org.fingertip.web.page.inventory;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.InventoryResult;
import org.fingertip.registry.inventory.InventoryRow;
import org.fingertip.registry.inventory.InventoryService;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.registry.shared.TooLargeException;
import org.fingertip.web.app.Paging;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.inventory.BacklogExport;
import org.fingertip.web.inventory.InventoryColumns;
import org.fingertip.web.inventory.InventoryFile;
import org.fingertip.web.page.FieldMessages;
import org.fingertip.web.security.Allowed;
import org.fingertip.web.table.UnsupportedTableFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 存量清单导入 and 存量未备案清单: a supervisor or operator uploads the inventory and sees at once what became of each
 * row (the rejected ones by line, with every reason); the backlog lists the jurisdiction's live-but-unfiled apps,
 * fewest days left first, the overdue ones in red.
 */
@Controller
class InventoryPagesController {
    static final int PAGE_SIZE = 20;
    static final int DEPARTMENT_MAX = 30;
    private static final String IMPORT_VIEW = "inventory/import";

    private final InventoryService inventory;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final DataSize maxUploadSize;
    private final BacklogExport export;
    private final XlsxExports exports;

    InventoryPagesController(InventoryService inventory, TransactionTemplate tx, MessageSource messages,
                             @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxUploadSize,
                             BacklogExport export, XlsxExports exports) {
        this.inventory = inventory;
        this.tx = tx;
        this.messages = messages;
        this.maxUploadSize = maxUploadSize;
        this.export = export;
        this.exports = exports;
    }

    @GetMapping("/inventory/import")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    ModelAndView importForm() {
        return importPage(HttpStatus.OK, null, FieldMessages.none(), null);
    }

    /** The upload: read outside the transaction, loaded in one; the answer is the result, on the same page. */
    @PostMapping("/inventory/import")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    ModelAndView importFile(Actor actor, HttpServletRequest request,
                            @RequestPart(name = "file", required = false) MultipartFile file) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/") || file == null) {
            return problem(HttpStatus.BAD_REQUEST, text("inventory.error.noFile"),
                    List.of(new FieldError("file", text("inventory.error.noFile"))));
        }
        try {
            List<InventoryRow> rows = InventoryFile.read(file);
            InventoryResult result = tx.execute(s -> inventory.importRows(actor, file.getOriginalFilename(), rows));
            return importPage(HttpStatus.OK, result, FieldMessages.none(), file.getOriginalFilename());
        } catch (UnsupportedTableFile e) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), e.errors());
        } catch (TooLargeException e) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), e.errors());
        } catch (InvalidInputException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
        }
    }

    /** A file over the limit: said on the import page, where the next try is made. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        String message = text("inventory.error.tooLarge", maxUploadSize.toMegabytes());
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldError("file", message)));
    }

    @GetMapping("/backlog")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    @Transactional(readOnly = true)
    ModelAndView backlog(Actor actor, @RequestParam(required = false) String department,
                         @RequestParam(required = false) Integer minDaysLeft,
                         @RequestParam(required = false) Integer maxDaysLeft,
                         @RequestParam(required = false) Integer page) {
        Paging paging = Paging.of(page, PAGE_SIZE);
        String dept = department == null || department.isBlank() ? null : department.strip();
        ModelAndView mav = new ModelAndView("inventory/backlog");
        mav.addObject("department", dept);
        mav.addObject("minDaysLeft", minDaysLeft);
        mav.addObject("maxDaysLeft", maxDaysLeft);
        FieldMessages errors = new FieldMessages();
        if (dept != null && dept.length() > DEPARTMENT_MAX) {
            errors.add("department", text("ledger.error.department", DEPARTMENT_MAX));
        }
        mav.addObject("errors", errors);
        BacklogPage result;
        if (errors.isEmpty()) {
            result = inventory.backlog(actor, dept, minDaysLeft, maxDaysLeft, paging.page(), paging.size());
        } else {
            mav.setStatus(HttpStatus.BAD_REQUEST);
            result = new BacklogPage(List.of(), 0, 0, null, 0, PAGE_SIZE);
        }
        mav.addObject("result", result);
        mav.addObject("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return mav;
    }

    /** The backlog with the page's filter as an Excel file (the page's 导出 Excel link). */
    @GetMapping("/backlog/export.xlsx")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    void exportBacklog(Actor actor, @RequestParam(required = false) String department, HttpServletResponse response)
            throws IOException {
        exports.write(actor, export.sheet(actor, department), response);
    }

    private ModelAndView problem(HttpStatus status, String summary, List<FieldError> fieldErrors) {
        FieldMessages errors = new FieldMessages();
        fieldErrors.forEach(e -> errors.add(e.field(), e.message()));
        return importPage(status, null, errors, summary);
    }

    private ModelAndView importPage(HttpStatus status, InventoryResult result, FieldMessages errors, String summary) {
        ModelAndView mav = new ModelAndView(IMPORT_VIEW);
        mav.setStatus(status);
        mav.addObject("result", result);
        mav.addObject("errors", errors);
        mav.addObject("errorSummary", result == null ? summary : null);
        mav.addObject("fileName", result == null ? null : summary);
        mav.addObject("columns", InventoryColumns.Column.values());
        mav.addObject("required", InventoryColumns.REQUIRED);
        mav.addObject("deadline", inventory.settings().filingDeadline());
        mav.addObject("maxRows", InventoryService.MAX_IMPORT_ROWS);
        mav.addObject("maxMegabytes", maxUploadSize.toMegabytes());
        return mav;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
