package org.fingertip.workflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.fingertip.workflow.task.WorkItemPlugin;

/**
 * The engine of a process test: in memory, job executor off (tests run jobs themselves), full history, Mocks, and the
 * record of human work on every user task (register {@link WorkTracking}).
 */
public final class Engines {
    private Engines() {
    }

    public static ProcessEngine inMemory(String name) {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        config.setJobExecutorActivate(false);
        config.setHistory("full");
        config.setExpressionManager(new MockExpressionManager());
        config.getProcessEnginePlugins().add(new WorkItemPlugin());
        return config.buildProcessEngine();
    }
}
