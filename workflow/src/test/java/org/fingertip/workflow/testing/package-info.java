/** What the process tests share: an in-memory engine and the core wired over in-memory ports. */
package org.fingertip.workflow.testing;
