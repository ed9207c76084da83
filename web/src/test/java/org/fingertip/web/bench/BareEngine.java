package org.fingertip.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The filing process with nothing of ours in it, for the overhead ratio: AppFilingProcess's own BPMN, renamed
 * BareFilingProcess, with every delegate and task listener a no-op class and the deadlines a variable, run by a
 * second engine built on the same data source with the main engine's settings (history level, batching, ids) but
 * none of our plugins. One {@link #fileOne} is what a complete filing is to the engine: start, pre-check, first
 * review claimed and approved, provincial review claimed and approved, end.
 */
final class BareEngine implements AutoCloseable {
    static final String KEY = "BareFilingProcess";
    private final ProcessEngine engine;

    BareEngine(DataSource dataSource, ProcessEngineConfigurationImpl main) {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("bench-bare");
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        cfg.setHistory(main.getHistory());
        cfg.setJdbcBatchProcessing(main.isJdbcBatchProcessing());
        cfg.setCmmnEnabled(main.isCmmnEnabled());
        cfg.setDmnEnabled(main.isDmnEnabled());
        cfg.setMetricsEnabled(main.isMetricsEnabled());
        cfg.setDbMetricsReporterActivate(false);
        cfg.setAuthorizationEnabled(main.isAuthorizationEnabled());
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setJobExecutorActivate(false);
        engine = cfg.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bench-bare").enableDuplicateFiltering(true)
                .addString(KEY + ".bpmn", bareBpmn()).deploy();
    }

    static String bareBpmn() {
        try (InputStream in = BareEngine.class.getResourceAsStream("/bpmn/AppFilingProcess.bpmn")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("\"AppFilingProcess\"", "\"" + KEY + "\"")
                    .replaceAll("camunda:delegateExpression=\"\\$\\{[A-Za-z]+}\"",
                            Matcher.quoteReplacement("camunda:class=\"" + Noop.class.getName() + "\""))
                    .replaceAll("(?<!:)delegateExpression=\"\\$\\{[A-Za-z]+}\"",
                            Matcher.quoteReplacement("class=\"" + NoopListener.class.getName() + "\""))
                    .replaceAll("\\$\\{taskDeadlines\\.[A-Za-z]+\\(execution\\)}", Matcher.quoteReplacement("${due}"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One complete filing on the bare engine. */
    void fileOne(long n, String firstReviewer, String provincialReviewer) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("appId", n);
        vars.put("appName", "裸引擎" + n);
        vars.put("applicantGroup", "applicant:990100-003");
        vars.put("needsFirstReview", true);
        vars.put("firstReviewGroup", "reviewer:990100");
        vars.put("provincialGroup", "reviewer:990000");
        vars.put("preCheckPassed", true);
        vars.put("due", new Date(System.currentTimeMillis() + 30L * 86_400_000));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, "bare-" + n, vars);
        decide(pi.getId(), firstReviewer);
        decide(pi.getId(), provincialReviewer);
    }

    private void decide(String processInstanceId, String reviewer) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
        engine.getTaskService().claim(task.getId(), reviewer);
        engine.getTaskService().complete(task.getId(), Map.of("decision", "APPROVE", "reviewId", 0L));
    }

    @Override
    public void close() {
        engine.close();
    }

    /** The service tasks' stand-in. */
    public static class Noop implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    /** The reminder and overdue listeners' stand-in. */
    public static class NoopListener implements TaskListener {
        @Override
        public void notify(DelegateTask delegateTask) {
        }
    }
}
