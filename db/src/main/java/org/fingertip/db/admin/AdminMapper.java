package org.fingertip.db.admin;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.admin.AdminChange;
import org.fingertip.registry.admin.AdminChanges;
import org.fingertip.registry.admin.CatalogueEntries;

/** SQL of the administrator's tables; statements in AdminMapper.xml. */
@Mapper
interface AdminMapper {

    // ---- the record of changes

    void insertChange(@Param("r") ChangeRow row);

    List<AdminChange> changes(@Param("q") AdminChanges.Query query);

    long changeCount(@Param("q") AdminChanges.Query query);

    // ---- durations

    List<DurationRow> durations();

    int updateDuration(@Param("key") String key, @Param("days") int days, @Param("by") String by,
                       @Param("at") Instant at);

    void insertDuration(@Param("key") String key, @Param("days") int days, @Param("by") String by,
                        @Param("at") Instant at);

    int deleteDuration(@Param("key") String key);

    // ---- the platform catalogue

    List<CatalogueEntries.Entry> catalogue(@Param("province") String province, @Param("keyword") String keyword,
                                           @Param("offset") int offset, @Param("size") int size);

    long catalogueCount(@Param("province") String province, @Param("keyword") String keyword);

    CatalogueEntries.Entry catalogueEntry(long id);

    int catalogueDuplicates(@Param("province") String province, @Param("platform") String platform,
                            @Param("normalised") String normalised, @Param("exceptId") Long exceptId);

    void insertCatalogueEntry(@Param("r") CatalogueRow row);

    int updateCatalogueEntry(@Param("id") long id, @Param("platform") String platform,
                             @Param("function") String function, @Param("normalised") String normalised);

    int deleteCatalogueEntry(long id);

    // ---- what moves with a merged unit or a leaver

    List<Long> appIdsOf(String unitCode);

    int moveUsers(@Param("from") String from, @Param("to") String to);

    int moveOwnerColumns(@Param("table") String table, @Param("from") String from, @Param("to") String to,
                         @Param("path") String path);

    int moveProposedOwner(@Param("from") String from, @Param("to") String to);

    int moveInventory(@Param("from") String from, @Param("to") String to);

    int moveWorkRecords(@Param("from") String from, @Param("to") String to, @Param("path") String path);

    int moveReporterUnits(@Param("from") String from, @Param("to") String to);

    int moveUnreadNotices(@Param("fromGroup") String fromGroup, @Param("toGroup") String toGroup);

    int regroupOpenWork(@Param("fromGroup") String fromGroup, @Param("toGroup") String toGroup);

    void markMerged(@Param("code") String code, @Param("into") String into, @Param("at") Instant at);

    List<String> openTasksHeldBy(String username);
}
