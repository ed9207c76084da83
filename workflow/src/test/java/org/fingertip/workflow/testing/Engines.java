package org.fingertip.workflow.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/** The engine of a process test: in memory, job executor off (tests run jobs themselves), full history, Mocks. */
public final class Engines {
    private Engines() {
    }

    public static ProcessEngine inMemory(String name) {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        config.setJobExecutorActivate(false);
        config.setHistory("full");
        config.setExpressionManager(new MockExpressionManager());
        return config.buildProcessEngine();
    }
}
