package org.fingertip.web.app;

import java.time.Instant;
import java.util.List;

import org.fingertip.registry.app.App;
import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.app.Gap;
import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.form.FilingForm;
import org.fingertip.registry.precheck.Finding;

/** An application as the API shows it. */
public record AppResponse(long id, String name, AppKind kind, AppStatus status, String statusLabel,
                          String filingNumber, String ownerDepartmentCode, String ownerDepartmentName,
                          DivisionLevel level, FilingForm form, List<FindingJson> findings, List<GapJson> gaps,
                          Long previousAppId, String createdBy, Instant createdAt, Instant statusSince,
                          Instant filedAt) {

    public static AppResponse of(App app) {
        return new AppResponse(app.id(), app.form().name(), app.form().kind(), app.status(), app.status().label(),
                app.filingNumber(), app.owner().code(), app.owner().name(), app.owner().level(), app.form(),
                app.findings().stream().map(FindingJson::of).toList(), app.gaps().stream().map(GapJson::of).toList(),
                app.previousAppId(), app.createdBy(), app.createdAt(), app.statusSince(), app.filedAt());
    }

    /** A pre-check finding; {@code blocking} ones returned the application. */
    public record FindingJson(String code, String message, String field, boolean blocking, Long relatedAppId) {
        public static FindingJson of(Finding f) {
            return new FindingJson(f.code().name(), f.message(), f.field(), f.blocking(), f.relatedAppId());
        }
    }

    /** A gap of a return, against the form section it concerns. */
    public record GapJson(String section, String sectionLabel, String message) {
        public static GapJson of(Gap g) {
            return new GapJson(g.section().key(), g.section().label(), g.message());
        }
    }
}
