package org.fingertip.registry.campaign;

import java.util.List;

import org.fingertip.registry.app.AppKind;
import org.fingertip.registry.department.DivisionLevel;

/**
 * A supervisor's request for a campaign, as given: any field may be missing. A missing department is the supervisor's
 * own jurisdiction, missing kinds or levels match all, a missing seed is drawn at random (and stored).
 */
public record CampaignRequest(String departmentCode, List<AppKind> kinds, List<DivisionLevel> levels,
                              Integer samplePercent, Long seed) {
}
