package org.fingertip.db.notification;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.notification.Notification;

/** SQL of the notifications; statements in NotificationMapper.xml. */
@Mapper
interface NotificationMapper {

    void insert(@Param("r") NotificationRow row);

    Notification byId(@Param("id") long id);

    /** The user's notification of this event, if written. */
    Notification byEvent(@Param("recipient") String recipient, @Param("eventKey") String eventKey);

    List<Notification> page(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly,
                            @Param("size") int size, @Param("offset") long offset);

    long count(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

    int markRead(@Param("id") long id, @Param("at") Instant at);

    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);
}
