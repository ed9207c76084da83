/** How the engine fits the application: it starts after Flyway, shares the Spring transaction, and names its groups. */
package org.fingertip.workflow.engine;
