package org.fingertip.web.recheck;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.fingertip.registry.access.Actor;
import org.fingertip.registry.access.Role;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.CampaignProgress;
import org.fingertip.registry.campaign.CampaignService;
import org.fingertip.web.export.Column;
import org.fingertip.web.export.ExportSheet;
import org.fingertip.web.export.Filters;
import org.fingertip.web.export.XlsxExports;
import org.fingertip.web.export.XlsxResponse;
import org.fingertip.web.security.Allowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's sampled apps as an Excel file: the rule of {@code GET /api/rechecks/{id}/apps}, all pages. */
@RestController
public class CampaignAppsExport {
    private static final List<Column<CampaignMember>> COLUMNS = List.of(
            Column.number("应用编号", 10, CampaignMember::appId),
            Column.text("应用名称", 32, CampaignMember::appName),
            Column.text("启动情况", 12, CampaignMember::state),
            Column.number("复核编号", 10, CampaignMember::recheckId),
            Column.text("说明", 40, CampaignMember::note));

    private final CampaignService campaigns;
    private final XlsxExports exports;

    CampaignAppsExport(CampaignService campaigns, XlsxExports exports) {
        this.campaigns = campaigns;
        this.exports = exports;
    }

    @GetMapping("/api/rechecks/{id}/apps/export.xlsx")
    @Allowed({Role.SUPERVISOR, Role.REVIEWER, Role.ADMIN})
    @XlsxResponse
    @Operation(summary = "导出专项复核抽中的应用（Excel）", description = "与 GET /api/rechecks/{id}/apps 相同的可见范围，"
            + "按应用编号导出全部抽中的应用及其启动情况、复核编号和说明（不分页）。")
    void export(Actor actor, @PathVariable long id, HttpServletResponse response) throws IOException {
        exports.write(actor, sheet(actor, id), response);
    }

    /** The export of one campaign's sampled apps, for the API and the /rechecks/{id} page. */
    public ExportSheet<CampaignMember> sheet(Actor actor, long id) {
        return new ExportSheet<>("rechecks-apps", "专项复核抽中应用", Filters.of().and("专项复核编号", id), COLUMNS,
                (page, size) -> {
                    CampaignProgress p = campaigns.progress(actor, id);
                    long members = (long) p.started() + p.skipped() + p.pending();
                    return new ExportSheet.Page<>(campaigns.members(actor, id, page * size, size), members);
                });
    }
}
