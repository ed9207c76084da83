package org.fingertip.db.ledger;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.ledger.LedgerQuery;
import org.fingertip.registry.ledger.LedgerSource;
import org.fingertip.registry.ledger.LedgerStep;

@Mapper
interface LedgerMapper {

    void insert(@Param("r") LedgerRow row);

    int update(@Param("r") LedgerRow row, @Param("loadedVersion") int loadedVersion);

    LedgerRow byId(@Param("id") long id);

    void insertStep(@Param("itemId") long itemId, @Param("s") LedgerStep step);

    List<LedgerStep> steps(@Param("itemId") long itemId);

    List<LedgerRow> search(@Param("q") LedgerQuery query, @Param("divisionCode") String divisionCode,
                           @Param("unitCode") String unitCode);

    long count(@Param("q") LedgerQuery query, @Param("divisionCode") String divisionCode,
               @Param("unitCode") String unitCode);

    int countUnfinished(@Param("appId") long appId, @Param("source") LedgerSource source);

    List<org.fingertip.db.dashboard.CountRow> figureByCategory(
            @Param("q") LedgerQuery query, @Param("divisionCode") String divisionCode,
            @Param("unitCode") String unitCode, @Param("now") java.time.Instant now);

}
