package org.fingertip.db.inventory;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.inventory.BacklogPage;
import org.fingertip.registry.inventory.BacklogQuery;
import org.fingertip.registry.inventory.OverdueRecord;

/** SQL of the inventory; statements in InventoryMapper.xml. */
@Mapper
interface InventoryMapper {

    /** The unit's row, locked for the rest of the transaction. */
    String lockUnit(@Param("code") String code);

    EntryRow byKey(@Param("unitCode") String unitCode, @Param("normalisedName") String normalisedName,
                   @Param("kind") String kind);

    EntryRow byApp(@Param("appId") long appId);

    void insertEntry(@Param("r") EntryRow row);

    int updateEntry(@Param("r") EntryRow row);

    void insertImport(@Param("r") ImportRow row);

    int finishImport(@Param("r") ImportRow row);

    ImportRow importById(@Param("id") long id);

    List<BacklogPage.Row> backlog(@Param("q") BacklogQuery query, @Param("unitCode") String unitCode,
                                  @Param("divisionCode") String divisionCode);

    long backlogCount(@Param("q") BacklogQuery query, @Param("unitCode") String unitCode,
                      @Param("divisionCode") String divisionCode, @Param("overdueOnly") boolean overdueOnly);

    List<org.fingertip.db.dashboard.CountRow> figureBacklog(
            @Param("q") BacklogQuery query, @Param("unitCode") String unitCode,
            @Param("divisionCode") String divisionCode,
            @Param("windows") List<org.fingertip.registry.dashboard.DashboardQueries.DeadlineWindow> windows);

    List<Long> overdueWithoutRecord(@Param("day") LocalDate day, @Param("defaultDeadline") LocalDate defaultDeadline,
                                    @Param("limit") int limit);

    OverdueRecord overdueRecord(@Param("appId") long appId);

    void insertOverdue(@Param("r") OverdueRecord record);
}
