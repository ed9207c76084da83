/** Re-check campaigns and the periodic re-check's schedule on MyBatis. */
package org.fingertip.db.campaign;
