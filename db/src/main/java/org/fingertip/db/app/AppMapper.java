package org.fingertip.db.app;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.app.StatusChange;

/** SQL of the app registry; statements in AppMapper.xml. */
@Mapper
interface AppMapper {

    AppRow byId(long id);

    AppRow byFilingNumber(String filingNumber);

    void insert(@Param("a") AppColumns app, @Param("version") int version, @Param("key") NewId key);

    /** Rows updated: 0 when the stored version is no longer {@code expectedVersion}. */
    int update(@Param("a") AppColumns app, @Param("expectedVersion") int expectedVersion,
               @Param("newVersion") int newVersion);

    String statusOf(long id);

    void insertChange(@Param("appId") long appId, @Param("c") StatusChange change);

    List<StatusChange> history(long appId);

    void deleteFunctions(long appId);

    void insertFunctions(@Param("appId") long appId, @Param("functions") List<FunctionColumns> functions);

    List<AppSummaryRow> search(@Param("f") AppFilter filter, @Param("limit") int limit, @Param("offset") int offset);

    long count(@Param("f") AppFilter filter);

    // the apps one user may rate now

    List<AppSummaryRow> rateable(@Param("q") org.fingertip.registry.evaluation.RateableQuery query,
                                 @Param("keywordPattern") String keywordPattern);

    long countRateable(@Param("q") org.fingertip.registry.evaluation.RateableQuery query,
                       @Param("keywordPattern") String keywordPattern);

    // the dashboard's counts: the list's WHERE, grouped

    List<org.fingertip.db.dashboard.CountRow> figureByStatus(@Param("f") AppFilter filter);

    List<org.fingertip.db.dashboard.CountRow> figureByKind(@Param("f") AppFilter filter);

    List<org.fingertip.db.dashboard.CountRow> figureByLevel(@Param("f") AppFilter filter);

    List<org.fingertip.db.dashboard.CountRow> figureClearance(@Param("f") AppFilter filter);

    List<org.fingertip.db.dashboard.CountRow> figurePending(
            @Param("f") AppFilter filter,
            @Param("windows") List<org.fingertip.registry.dashboard.DashboardQueries.SubmittedWindow> windows);

    List<PublicFilingRow> publicFilings(@Param("number") String number, @Param("namePattern") String namePattern,
                                        @Param("limit") int limit);
}
