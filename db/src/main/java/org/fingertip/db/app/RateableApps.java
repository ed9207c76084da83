package org.fingertip.db.app;

import org.fingertip.registry.app.AppPage;
import org.fingertip.registry.evaluation.RateableQuery;
import org.springframework.stereotype.Repository;

/**
 * The apps one user may rate now, for the evaluations' adapter: a query over the registry, so its SQL stands in
 * {@code AppMapper.xml} beside the list's (rateableWhere), with the list's keyword match and rows.
 */
@Repository
public class RateableApps {
    private final AppMapper mapper;

    public RateableApps(AppMapper mapper) {
        this.mapper = mapper;
    }

    public AppPage page(RateableQuery query) {
        String keyword = query.keyword() == null ? null : MyBatisApps.containing(query.keyword());
        return new AppPage(mapper.rateable(query, keyword).stream().map(MyBatisApps::toSummary).toList(),
                mapper.countRateable(query, keyword), query.page(), query.size());
    }
}
