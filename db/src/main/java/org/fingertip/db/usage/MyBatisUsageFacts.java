package org.fingertip.db.usage;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fingertip.registry.usage.UsageFacts;
import org.fingertip.registry.usage.UsageMonth;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage facts on MyBatis: look, then insert or update, in the caller's transaction (portable across MySQL and H2,
 * unlike MySQL's {@code ON DUPLICATE KEY UPDATE}). Two writers of the same new month both find nothing; the second
 * insert then waits for the first one's key and fails as a duplicate, and is retried as an update.
 */
@Repository
public class MyBatisUsageFacts implements UsageFacts {
    private final UsageMapper mapper;

    public MyBatisUsageFacts(UsageMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public boolean upsert(UsageMonth month) {
        UsageMonthRow row = rowOf(month);
        UsageMonthRow stored = mapper.find(row.appId(), row.usageMonth());
        if (stored == null) {
            try {
                mapper.insert(row);
                return true;
            } catch (DuplicateKeyException concurrentFirstWrite) {
                // another transaction added this month between our look and our insert: compare with what it wrote
                stored = mapper.find(row.appId(), row.usageMonth());
            }
        }
        if (stored != null && toMonth(stored).figures().equals(month.figures())) {
            return false;
        }
        return mapper.update(row) == 1;
    }

    @Override
    public Optional<UsageMonth> month(long appId, YearMonth month) {
        return Optional.ofNullable(mapper.find(appId, month.toString())).map(MyBatisUsageFacts::toMonth);
    }

    @Override
    public List<UsageMonth> history(long appId, int months) {
        if (months <= 0) {
            return List.of();
        }
        return mapper.history(appId, months).stream().map(MyBatisUsageFacts::toMonth).toList();
    }

    @Override
    public Optional<UsageMonth> latest(long appId) {
        return history(appId, 1).stream().findFirst();
    }

    private static UsageMonthRow rowOf(UsageMonth m) {
        return new UsageMonthRow(m.appId(), m.month().toString(), m.monthlyActiveUsers(), m.audienceSize(),
                m.lastUpdate(), m.lastPost(), m.servicesAnswer(), m.recordedBy(), m.recordedAt());
    }

    private static UsageMonth toMonth(UsageMonthRow r) {
        return new UsageMonth(r.appId(), YearMonth.parse(r.usageMonth()), r.monthlyActiveUsers(), r.audienceSize(),
                r.lastUpdate(), r.lastPost(), r.servicesAnswer(), r.recordedBy(), r.recordedAt());
    }
}
