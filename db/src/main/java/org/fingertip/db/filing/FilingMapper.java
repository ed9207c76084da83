package org.fingertip.db.filing;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL of reviews and filing numbers; statements in FilingMapper.xml. */
@Mapper
interface FilingMapper {

    void insertReview(@Param("r") ReviewColumns review, @Param("key") NewId key);

    ReviewRow review(long id);

    List<ReviewRow> reviewsOf(long appId);

    int sequenceExists(@Param("province") String provinceCode, @Param("year") int year);

    void insertSequence(@Param("province") String provinceCode, @Param("year") int year);

    /** Takes the row lock that serialises allocations until the caller's transaction ends. */
    int incrementSequence(@Param("province") String provinceCode, @Param("year") int year);

    long lastValue(@Param("province") String provinceCode, @Param("year") int year);
}
