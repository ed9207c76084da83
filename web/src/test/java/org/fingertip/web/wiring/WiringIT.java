package org.fingertip.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.fingertip.registry.calendar.WorkingCalendar;
import org.flywaydb.core.Flyway;
import org.fingertip.web.FingertipApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's parts fit: the engine after Flyway, the process deployed, the calendar read, sessions stored. */
@SpringBootTest(classes = FingertipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WiringIT {

    @Autowired
    ConfigurableListableBeanFactory beanFactory;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Flyway flyway;

    @Test
    void theProcessEngineStartsOnlyAfterFlywayHasMigrated() {
        String[] engines = beanFactory.getBeanNamesForType(ProcessEngine.class, true, false);
        assertThat(engines).isNotEmpty();
        for (String name : engines) {
            String[] dependsOn = beanFactory.getBeanDefinition(name).getDependsOn();
            assertThat(dependsOn).as("dependencies of %s", name).isNotNull();
            assertThat(Arrays.asList(dependsOn)).contains("flywayInitializer");
        }
        assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theFilingProcessIsDeployedWithItsDiagram() {
        RepositoryService repository = engine.getRepositoryService();
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey("AppFilingProcess")
                .latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getHistoryTimeToLive()).isPositive();
        assertThat(repository.getBpmnModelInstance(definition.getId()).getDefinitions().getBpmDiagrams()).isNotEmpty();
    }

    @Test
    void theEngineAdminHasTheConfiguredPasswordAndNotItsDefault() {
        IdentityService identity = engine.getIdentityService();
        assertThat(identity.createUserQuery().userId("engineadmin").count()).isEqualTo(1);
        // the right password first: a wrong one locks the user for a few seconds (the engine's login throttling)
        assertThat(identity.checkPassword("engineadmin", "test-engine-admin-secret")).isTrue();
        assertThat(identity.checkPassword("engineadmin", "engineadmin")).isFalse();
    }

    @Test
    void theWorkingCalendarKnowsTheOfficial2026Holidays() {
        assertThat(calendar.years()).contains(2026);
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void sessionsAreKeptInTheDatabase() {
        Map<String, Object> row = new JdbcTemplate(dataSource).queryForMap("SELECT COUNT(*) AS n FROM SPRING_SESSION");
        assertThat(row).isNotEmpty();
        assertThat(beanFactory.getBeanNamesForType(
                org.springframework.session.jdbc.JdbcIndexedSessionRepository.class)).isNotEmpty();
    }
}
