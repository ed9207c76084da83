package org.fingertip.web.usage;

import java.util.List;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.usage.ImportResult;
import org.fingertip.registry.usage.UsageRow;
import org.fingertip.registry.usage.UsageService;
import org.fingertip.web.security.Allowed;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Usage facts: one month of one app, the app's monthly history, and the bulk import of a CSV or XLSX file. */
@RestController
class UsageApiController {

    private final UsageService usageService;
    private final TransactionTemplate tx;

    UsageApiController(UsageService usageService, TransactionTemplate tx) {
        this.usageService = usageService;
        this.tx = tx;
    }

    /** Records the month ({@code yyyy-MM}): new, replaced, or unchanged when the values are the same. */
    @PutMapping("/api/apps/{id}/usage/{month}")
    @Allowed({Role.APPLICANT, Role.SUPERVISOR, Role.ADMIN})
    @Transactional
    UsageResponse record(Actor actor, @PathVariable long id, @PathVariable String month,
                         @RequestBody UsageRequest body) {
        UsageService.Recorded recorded = usageService.record(actor, id, body.toEntry(month));
        return UsageResponse.of(recorded.month(), recorded.changed());
    }

    /** The newest months first, at most {@value UsageService#HISTORY_MONTHS}. */
    @GetMapping("/api/apps/{id}/usage")
    @Allowed({Role.APPLICANT, Role.REVIEWER, Role.SUPERVISOR, Role.OBSERVER, Role.ADMIN})
    @Transactional(readOnly = true)
    List<UsageResponse> history(Actor actor, @PathVariable long id) {
        return usageService.history(actor, id).stream().map(m -> UsageResponse.of(m, null)).toList();
    }

    /**
     * Imports a file (multipart part {@code file}), one row per app and month; the file is read before the
     * transaction starts, and the rows load in one.
     */
    @PostMapping("/api/usage/import")
    @Allowed({Role.SUPERVISOR, Role.ADMIN})
    ImportResult importFile(Actor actor, @RequestPart("file") MultipartFile file) {
        List<UsageRow> rows = UsageFile.read(file);
        return tx.execute(status -> usageService.importRows(actor, rows));
    }
}
