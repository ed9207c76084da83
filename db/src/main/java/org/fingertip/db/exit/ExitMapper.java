package org.fingertip.db.exit;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.exit.ExitState;
import org.fingertip.registry.exit.ExitStep;

@Mapper
interface ExitMapper {

    void insert(@Param("e") ExitRow row);

    int update(@Param("e") ExitRow row, @Param("loadedVersion") int loadedVersion);

    ExitRow byId(@Param("id") long id);

    ExitRow openFor(@Param("appId") long appId);

    ExitRow latestFor(@Param("appId") long appId);

    void insertStep(@Param("exitId") long exitId, @Param("s") ExitStep step);

    List<ExitStep> steps(@Param("exitId") long exitId);

    List<ExitRow> search(@Param("scopePath") String scopePath, @Param("state") ExitState state,
                         @Param("unitCode") String unitCode, @Param("divisionCode") String divisionCode,
                         @Param("overdueOn") LocalDate overdueOn, @Param("notOffline") List<String> notOffline,
                         @Param("openOnly") boolean openOnly, @Param("offset") int offset, @Param("size") int size);

    long count(@Param("scopePath") String scopePath, @Param("state") ExitState state,
               @Param("unitCode") String unitCode, @Param("divisionCode") String divisionCode,
               @Param("overdueOn") LocalDate overdueOn, @Param("notOffline") List<String> notOffline,
               @Param("openOnly") boolean openOnly);

    List<org.fingertip.db.dashboard.CountRow> figureByState(
            @Param("scopePath") String scopePath, @Param("state") ExitState state, @Param("unitCode") String unitCode,
            @Param("divisionCode") String divisionCode, @Param("overdueOn") LocalDate overdueOn,
            @Param("notOffline") List<String> notOffline, @Param("openOnly") boolean openOnly);

    List<ExitRow> published(@Param("namePart") String namePart, @Param("offset") int offset, @Param("size") int size);

    long countPublished(@Param("namePart") String namePart);

    FiguresRow figures(@Param("scopePath") String scopePath);
}
