/** Exits of apps on MyBatis: the plan and the recorded details as JSON, the queryable parts as columns. */
package org.fingertip.db.exit;
