/** Test fixtures and in-memory ports of the registry core, published in the test-jar for the other modules' tests. */
package org.fingertip.registry.testing;
