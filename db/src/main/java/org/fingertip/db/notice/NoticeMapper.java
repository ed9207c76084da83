package org.fingertip.db.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.notice.Notice;

/** SQL of the notices; statements in NoticeMapper.xml. */
@Mapper
interface NoticeMapper {

    void insert(@Param("r") NoticeRow row);

    Notice byId(@Param("id") long id);

    /** The notice of this event to this recipient, if posted. */
    Notice byEvent(@Param("n") Notice notice);

    List<Notice> page(@Param("recipients") Collection<String> recipients, @Param("unreadOnly") boolean unreadOnly,
                      @Param("size") int size, @Param("offset") long offset);

    long count(@Param("recipients") Collection<String> recipients, @Param("unreadOnly") boolean unreadOnly);

    int markRead(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);
}
