package org.fingertip.web.publicfiling;

import java.util.List;

import org.fingertip.registry.app.Apps;
import org.fingertip.registry.app.PublicFiling;
import org.fingertip.registry.shared.FieldError;
import org.fingertip.registry.shared.InvalidInputException;
import org.fingertip.web.security.PublicEndpoint;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/public/filings?number=} or {@code ?name=}: every app ever given a number, with its standing. */
@RestController
class PublicFilingController {
    static final int LIMIT = 50;
    private final Apps apps;

    PublicFilingController(Apps apps) {
        this.apps = apps;
    }

    @GetMapping("/api/public/filings")
    @PublicEndpoint
    @Transactional(readOnly = true)
    List<PublicFiling> lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String name) {
        return find(apps, number, name);
    }

    static List<PublicFiling> find(Apps apps, String number, String name) {
        String n = number == null || number.isBlank() ? null : number.strip();
        String q = name == null || name.isBlank() ? null : name.strip();
        if (n == null && q == null) {
            throw new InvalidInputException("请提供备案号或应用名称",
                    List.of(new FieldError("number", "请填写备案号，或以 name 参数按名称查询")));
        }
        if ((n != null && n.length() > 40) || (q != null && q.length() > 100)) {
            throw new InvalidInputException("查询条件过长",
                    List.of(new FieldError(n != null && n.length() > 40 ? "number" : "name", "查询条件过长")));
        }
        return apps.publicFilings(n, q, LIMIT);
    }
}
