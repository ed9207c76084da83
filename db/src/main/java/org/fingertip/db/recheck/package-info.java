/** Re-checks on MyBatis: one row per re-check of an app, and its steps. */
package org.fingertip.db.recheck;
