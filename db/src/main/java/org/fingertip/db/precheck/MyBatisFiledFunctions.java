package org.fingertip.db.precheck;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fingertip.db.app.MyBatisApps;
import org.fingertip.registry.app.AppStatus;
import org.fingertip.registry.precheck.FiledFunctions;
import org.springframework.stereotype.Repository;

/** The duplicate check's question, answered by one grouped query over the stored functions of filed apps. */
@Repository
public class MyBatisFiledFunctions implements FiledFunctions {
    /** The states in which an app holds a valid filing, as the status column spells them. */
    static final List<String> VALID_FILINGS = Arrays.stream(AppStatus.values()).filter(AppStatus::holdsValidFiling)
            .map(Enum::name).toList();

    private final PrecheckMapper mapper;

    public MyBatisFiledFunctions(PrecheckMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<SharedFunctions> filedAppsSharing(String divisionPath, Collection<String> normalisedNames,
                                                  long excludeAppId) {
        Set<String> names = stored(normalisedNames);
        if (names.isEmpty()) {
            return List.of();
        }
        return mapper.filedAppsSharing(divisionPath, names, excludeAppId, VALID_FILINGS);
    }

    /** The names as the column holds them: blanks dropped, cut like the stored ones. */
    static Set<String> stored(Collection<String> normalisedNames) {
        return normalisedNames.stream()
                .filter(n -> n != null && !n.isEmpty())
                .map(MyBatisApps::normalisedColumn)
                .collect(Collectors.toSet());
    }
}
