package org.fingertip.db.notification;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fingertip.registry.notification.Delivery;

/** SQL of the outbox; statements in DeliveryMapper.xml. Every change of state is one conditional UPDATE. */
@Mapper
interface DeliveryMapper {

    void insert(@Param("r") DeliveryRow row);

    Delivery byId(@Param("id") long id);

    List<Long> due(@Param("now") Instant now, @Param("limit") int limit);

    int claim(@Param("id") long id, @Param("owner") String owner, @Param("now") Instant now,
              @Param("leaseUntil") Instant leaseUntil);

    int markSent(@Param("id") long id, @Param("owner") String owner, @Param("at") Instant at);

    int markRetry(@Param("id") long id, @Param("owner") String owner, @Param("error") String error,
                  @Param("nextAttemptAt") Instant nextAttemptAt);

    int markFailed(@Param("id") long id, @Param("owner") String owner, @Param("error") String error);

    List<Delivery> ofNotification(@Param("notificationId") long notificationId);
}
