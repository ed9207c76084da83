package org.fingertip.db.change;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.change.ChangeStep;

/** SQL of change filings; statements in ChangeFilingMapper.xml. */
@Mapper
interface ChangeFilingMapper {

    void insert(@Param("c") ChangeFilingRow row);

    int update(@Param("c") ChangeFilingRow row, @Param("loadedVersion") int loadedVersion);

    ChangeFilingRow byId(@Param("id") long id);

    ChangeFilingRow openFor(@Param("appId") long appId);

    List<ChangeFilingRow> ofApp(@Param("appId") long appId);

    void insertStep(@Param("changeId") long changeId, @Param("s") ChangeStep step);

    List<ChangeStep> steps(@Param("changeId") long changeId);

    void insertReview(@Param("r") ChangeReviewRow row);

    ChangeReviewRow review(@Param("id") long id);

    List<ChangeReviewRow> reviews(@Param("changeId") long changeId);
}
