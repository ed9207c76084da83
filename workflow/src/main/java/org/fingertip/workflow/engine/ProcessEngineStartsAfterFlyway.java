package org.fingertip.workflow.engine;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine depend on database initialisation (Flyway), so that Flyway always meets either an empty
 * schema or its own history table, never the engine's tables alone (STACK.md, trap 4). Registered in
 * META-INF/spring.factories; Spring Boot adds the dependency to every bean of these types.
 */
public class ProcessEngineStartsAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
