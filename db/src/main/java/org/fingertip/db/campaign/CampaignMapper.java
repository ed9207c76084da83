package org.fingertip.db.campaign;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.campaign.CampaignMember;
import org.fingertip.registry.campaign.RecheckSchedule;

@Mapper
interface CampaignMapper {
    /** The states a re-check starts from, as the status column spells them. */
    List<String> RECHECKABLE = Arrays.stream(AppStatus.values()).filter(AppStatus::isRecheckable).map(Enum::name)
            .toList();

    void insert(@Param("c") CampaignRow row);

    int updateState(@Param("c") CampaignRow row);

    CampaignRow byId(@Param("id") long id);

    List<CampaignRow> within(@Param("path") String divisionPath, @Param("limit") int limit);

    List<Long> eligibleApps(@Param("path") String divisionPath, @Param("kinds") List<String> kinds,
                            @Param("levels") List<String> levels, @Param("statuses") List<String> statuses);

    void insertMembers(@Param("campaignId") long campaignId, @Param("appIds") List<Long> appIds);

    List<Long> pending(@Param("campaignId") long campaignId, @Param("limit") int limit);

    int updateMember(@Param("campaignId") long campaignId, @Param("appId") long appId, @Param("state") String state,
                     @Param("recheckId") Long recheckId, @Param("note") String note);

    List<CampaignMember> members(@Param("campaignId") long campaignId, @Param("offset") int offset,
                                 @Param("limit") int limit);

    List<ProgressRow> progress(@Param("campaignId") long campaignId);

    // ---- the periodic re-check's schedule

    List<RecheckSchedule.Unscheduled> unscheduled(@Param("limit") int limit,
                                                  @Param("statuses") List<String> statuses);

    int updateDue(@Param("appId") long appId, @Param("due") Instant due);

    void insertDue(@Param("appId") long appId, @Param("due") Instant due);

    List<Long> dueBy(@Param("now") Instant now, @Param("limit") int limit);

    void removeDue(@Param("appId") long appId);

    Instant dueOf(@Param("appId") long appId);
}
