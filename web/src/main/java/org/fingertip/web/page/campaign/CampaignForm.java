package org.fingertip.web.page.campaign;

import java.util.ArrayList;
import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.campaign.CampaignRequest;
import org.fingertip.registry.department.DivisionLevel;

/** The launch form as it binds: kept as typed, to be shown again beside its messages. */
public class CampaignForm {
    private String departmentCode;
    private List<AppKind> kinds = new ArrayList<>();
    private List<DivisionLevel> levels = new ArrayList<>();
    private Integer samplePercent = 50;
    private Long seed;

    CampaignRequest toRequest() {
        return new CampaignRequest(departmentCode, kinds, levels, samplePercent, seed);
    }

    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String v) { this.departmentCode = v; }
    public List<AppKind> getKinds() { return kinds; }
    public void setKinds(List<AppKind> v) { this.kinds = v == null ? new ArrayList<>() : v; }
    public List<DivisionLevel> getLevels() { return levels; }
    public void setLevels(List<DivisionLevel> v) { this.levels = v == null ? new ArrayList<>() : v; }
    public Integer getSamplePercent() { return samplePercent; }
    public void setSamplePercent(Integer v) { this.samplePercent = v; }
    public Long getSeed() { return seed; }
    public void setSeed(Long v) { this.seed = v; }
}
