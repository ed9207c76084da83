/** What the pre-check reads from the database: functions of filed apps and the unified platforms' catalogues. */
package org.fingertip.db.precheck;
