package org.fingertip.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.fingertip.registry.shared.Labelled;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every label the domain gives in Chinese has its English in the English bundle ({@code enum.<Type>.<NAME>}):
 * without it, an English page would show the Chinese label (Display falls back to the domain's own).
 */
class EnglishLabelsTest {

    @Test
    void everyLabelledConstantOfTheDomainHasItsEnglishLabel() throws Exception {
        Properties english = load("/messages_en.properties");
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<String> enums = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (var definition : scan.findCandidateComponents("org.fingertip")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            enums.add(type.getSimpleName());
            for (Object constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name();
                if (!english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(enums).as("the domain's labelled enums").hasSizeGreaterThan(20).contains("AppStatus", "Role");
        assertThat(missing).as("labels without English").isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnglishLabelsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
