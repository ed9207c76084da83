/** Files attached as evidence: accepted kinds told by their content, size limits, sanitised names and checksums. */
package org.fingertip.registry.attachment;
