package org.fingertip.db.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EvaluationMapper {

    void insert(@Param("r") EvaluationRow row);

    void insertBurden(@Param("evaluationId") long evaluationId, @Param("appId") long appId,
                      @Param("reporter") String reporter, @Param("category") String category, @Param("at") Instant at);

    /** One row per evaluation and burden (category null for an evaluation without burdens), newest first. */
    List<EvaluationRow> ofApp(@Param("appId") long appId, @Param("limit") int limit);

    int distinctBurdenReporters(@Param("appId") long appId, @Param("since") Instant since);

    List<Map<String, Object>> burdenReporters(@Param("appId") long appId, @Param("since") Instant since);

    Map<String, Object> summary(@Param("appId") long appId);

    Long lockApp(@Param("appId") long appId);

    /** The reporter's own evaluations (one of them when {@code evaluationId} is given), newest first. */
    List<OwnReportRow> reportsBy(@Param("reporter") String reporter, @Param("evaluationId") Long evaluationId,
                                 @Param("refPrefix") String refPrefix, @Param("limit") int limit,
                                 @Param("offset") int offset);

    long countReportsBy(@Param("reporter") String reporter);

    List<EvaluationListRow> search(@Param("q") org.fingertip.registry.evaluation.EvaluationQuery query,
                                   @Param("unitCode") String unitCode, @Param("divisionCode") String divisionCode);

    long count(@Param("q") org.fingertip.registry.evaluation.EvaluationQuery query, @Param("unitCode") String unitCode,
               @Param("divisionCode") String divisionCode);

    List<org.fingertip.db.dashboard.CountRow> burdensOf(@Param("ids") List<Long> ids);

    List<org.fingertip.db.dashboard.CountRow> figureBurdens(
            @Param("q") org.fingertip.registry.evaluation.EvaluationQuery query, @Param("unitCode") String unitCode,
            @Param("divisionCode") String divisionCode,
            @Param("months") List<org.fingertip.registry.dashboard.DashboardQueries.MonthWindow> months);
}
