/** REST: change filings (变更备案) of an app — file, read, revise, withdraw; decisions go through /api/tasks. */
package org.fingertip.web.change;
