package org.fingertip.web.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fingertip.registry.calendar.HolidayYear;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a year's official holiday arrangement from YAML (the format of shared/data/cn-public-holidays-2026.yaml). */
final class HolidayFiles {
    private HolidayFiles() {
    }

    static List<HolidayYear> load(ResourceLoader loader, List<String> locations) {
        List<HolidayYear> years = new ArrayList<>();
        for (String location : locations) {
            Resource resource = loader.getResource(location);
            try (InputStream in = resource.getInputStream()) {
                years.add(parse(in));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("节假日安排文件无法读取：" + location + "：" + e.getMessage(), e);
            }
        }
        return years;
    }

    @SuppressWarnings("unchecked")
    static HolidayYear parse(InputStream in) {
        Map<Object, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        int year = ((Number) doc.get("year")).intValue();
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> work = new HashSet<>();
        for (Map<Object, Object> holiday : (List<Map<Object, Object>>) doc.get("holidays")) {
            // YAML 1.1 reads the bare key "off" as the boolean false.
            off.addAll(dates(holiday.containsKey("off") ? holiday.get("off") : holiday.get(Boolean.FALSE)));
            work.addAll(dates(holiday.get("work")));
        }
        return new HolidayYear(year, off, work);
    }

    private static List<LocalDate> dates(Object list) {
        List<LocalDate> dates = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                dates.add(o instanceof java.util.Date d
                        ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                        : LocalDate.parse(o.toString()));
            }
        }
        return dates;
    }
}
