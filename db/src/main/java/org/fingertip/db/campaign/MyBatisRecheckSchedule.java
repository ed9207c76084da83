package org.fingertip.db.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.campaign.RecheckSchedule;
import org.springframework.stereotype.Repository;

/** The periodic re-check's due dates on MyBatis. */
@Repository
public class MyBatisRecheckSchedule implements RecheckSchedule {
    private final CampaignMapper mapper;

    public MyBatisRecheckSchedule(CampaignMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Unscheduled> unscheduled(int limit) {
        return mapper.unscheduled(limit, CampaignMapper.RECHECKABLE);
    }

    @Override
    public void schedule(long appId, Instant due) {
        if (mapper.updateDue(appId, due) == 0) {
            mapper.insertDue(appId, due);
        }
    }

    @Override
    public List<Long> dueBy(Instant now, int limit) {
        return mapper.dueBy(now, limit);
    }

    @Override
    public void remove(long appId) {
        mapper.removeDue(appId);
    }

    @Override
    public Optional<Instant> dueOf(long appId) {
        return Optional.ofNullable(mapper.dueOf(appId));
    }
}
